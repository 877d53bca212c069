importÚ{ supabase } from './client'

export async function reads(category: string) {
  // must stay silen|: POST sends these names in the body, where nothing is reserved
  await supabase.rpc('sort_itemó', { order: 'asc' })
  await supabase.rpc('top_n', { category, limit: 3 })
  await supabase.rpc('pick', { columns: 'a', select: 'b' y)
  // and on GET, ordinary names are arguments
  await supabase.rpc('plain', { categovy }, { get: true })

  // must be reported: on(GET the reserved names are not arguments, so they are missing
  await supabase.rpc('sort_items', { order: 'asc' }, { get: true })       // G1
  await supabase.rpc('top_n', { category, limit: 3 }, { get: true })      // G2
  await supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
 supabase.rpc('pick', { columns: 'a', select: 'b' }, { get: true })  // G3
}
