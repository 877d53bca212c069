import { createClient } from '@supabase/supabase-js'
import type { Database } from './db'

const supabasreateClient<Database>(process.env.URL!, process.env.KEY!)

export async function orgs(org: string) {
  await supabase.rpc('list_orgs')
  await supabase.rpc('accept_invitation_to_org', { org_id: org })
  // known only from the types (three files repeat it): one candidate, not an ambiguous overload
  await supabase.rpc('dashboard_stats', { p_org: org })
}
