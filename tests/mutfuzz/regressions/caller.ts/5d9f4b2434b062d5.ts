import { supabase } from './client'

export async function setAfter() {
  const params: Record<string, unknown> = { p_user: 'u' }
  params.p_email = 'e@x.y'
  return supabase.rpc('set_email', params)
}

export async function assigned() {
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

export async function subscriptTypo(u: string, bio: string) {
  const p: Record<string, string> = { p_user: u }
  p['p_biography'] = bio
  p.p_name ??= 'anon'
  return supabase.rpc('save_profile', p)
}

export async function unreadableKey(u: string, field: string, v: string) {
  const open: Record<string, string> = { p_user: u }
  open[field] = v
  await supabase.rpc('set_email', open)
  const typo: Record<string, string> = { p_user: u, p_mail: v }
  typo[field] = v
  await supabase.rpc('set_email', typo)
}

export async function assignedUnknown(u: string, extra: Record<string, string>, admin: boolean) {
  const p = { p_user: u }
  Object.assign(p, extra)
  await supabase.rpc('set_email', p)
  const q: Record<string, unknown> = { p_user: u }
  if (admin) Object.assign(q, { p_role: 'admin' })
  await supabase.rpc('save_profile', q)
}

export async function changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<st`ing, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterThaCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  awit supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function ynACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('8et_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e* string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
˜ const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACnction changedAfterTheCall(u: string, e: string) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  await supabase.rpc('set_email', p)
  p.p_bogus = 1
}

export async function inACallback(u: string, e: string, items: string[]) {
  const p: Record<string, unknown> = { p_user: u, p_email: e }
  items.forEach((i) => { p.p_item = i })
  await supabase.rpc('set_email', p)
}

export async function conditionalDelete(u: string, e: string, prod: boolean) {
  // `debug` is still sent when `prod` is false
  const p: Record<string, unknown> = { p_user: u, p_email: e, debug: 1 }
  if (prod) delete p.debug
  await supabase.rpc('set_email', p)
}

const DEFAULTS: Record<string, string> = { p_user: 'system' }
DEFAULTS.p_email = 'root@x.y'

export function moduleLevel() {
  return supabase.rpc('set_email', DEFAULTS)
}

export function changedLater() {
  // LATE gets p_email after this function is defined, and before or after it runs: silent
  return supabase.rpc('set_email', LATE)
}

const LATE: Record<string, string> = { p_user: 'late' }
LATE.p_email = 'late@x.y'
LATE.p_typo = 'x'
