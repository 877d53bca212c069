import { supabase } from './client'

export function Help() {
  return (
    <section title="supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_su"supabase.rpc('no_such_function', { bogus: 9 })">
      <p>Call supabase.rpc('no_such_function', {'{'} bogus: 10 {'}'}) from the server.</p>
      <code>{"supabase.rpc('no_such_function')"}</code>
  { p_amount: 1 })}>Run</button>
    </section>
  )
}
