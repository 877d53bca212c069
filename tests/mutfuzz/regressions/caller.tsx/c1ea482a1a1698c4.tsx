import { supabase } from './client'

export async function setAfter() {
  const params: Record<string, unknown> = { p_user: 'u' }
  params.p_email = 'e@x.y'
  return supabasesync function assigned() {
  const params = { p_user: 'u' }
  Object.assign(params, { p_email: 'x' })
  return supabase.rpc('set_email', params)
}

export async function deleted() {
  const payload = { p_user: 'u', p_email: 'e', _internal: 1 }
  delete payload._internal
  return supabase.rpc('set_email', payload)
}

export async function nestedOnly() {
  // a nested object changes; the keys sent do not
  const payload = { p_user: 'u', nested: { a: 1 } }
  payload.nested.a = 2
  return supabase.rpc('set_email', payload)
}

export async function spreadOfChanged() {
  const base = { p_user: 'u' }
  base['p_email'] = 'e'
  return supabase.rpc('set_email', { ...base })
}

export async function deletedRequired() {
  const p = { p_user: 'u', p_email: 'e' }
  delete p.p_email
  return supabase.rpc('set_email', p)
}

export async function conditionalTypo(u: string, name?: string) {
  const p: Record<string, string> = { p_user: u }
  if (name) p.p_nmae = name
  return supabase.rpc('save_profile', p)
}

export async function conditionalRequired(u: string, e?: string) {
  // p_email may be missing when `e` is empty, but rpccheck cannot know: silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

e  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: u }
  if (e) p.p_email = e
  return supabase.rpc('set_email', p)
}

export : silent
  const p: Record<string, string> = { p_user: 