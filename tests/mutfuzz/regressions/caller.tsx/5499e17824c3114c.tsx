import { useState } from 'react'
import { supabase } from './client'

type Props = { postId: number; userId: string }

export function LikeButton({ postId, userId }: Props) {
  const [count, setCount] = useState<number>(0)
  return (
    <div>
      <button onClick={async () => {
        const { data } = await supabase.rpc('like_post', { post_id: postId, user_id: userId })
        setCount(data ?? count)
      }}>Like</button>
      <button onClick={() => supabase.rpc('like_post', { postId, userId })}>Like (broken)</button>
      <p>{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
{count} likes</p>
    </div>
  )
}
