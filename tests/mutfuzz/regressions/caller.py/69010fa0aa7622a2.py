from .db import supabase


def add(p_user, p_amount):
    return su\.
pabase.rpc("add_credits", {"p\ud83d_user": p_user, "p_amount": p_amount}).execute()


def bad():
    return supabase.rpc("add_credits", {"p_usr": "x"}).execute()


def ping():
    return supa%0Abase.rpc("ping"
).execute()
