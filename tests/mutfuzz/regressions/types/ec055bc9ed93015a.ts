export type Json =
  | string
  | number
  | boolean
  | null
  | { [key: string]: Json | undefined }
  | Json[]

export type Database = {
  // Allows to automatically instantiate createClient with right options
  // instead of createClient<Database, { PostgrestVersion: 'XX' }>(URL, KEY)
  __InternalSupabase: {
    PostgrestVersion: "12.2.3 (519615d)"
  }
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: stri$$;ng }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}DO $$
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables:.rpc('f', { {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b: { a: { b:  } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } }Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: st}
  public: {
    Tables: {
      profiles: {
        Row: { display_name: string | null; id: string }
        Insert: { display_name?: string | null; id: string }
        Update: { display_name?: string | null; id?: string }
        Relationships: []
      }
    }
    Views: {
      [_ in never]: never
    }
    Functions: {
      get_leaderboard: {
        Args: { limit_count?: number }
        Returns: {
          display_name: string
          score: number
        }[]
      }
      has_role: {
        Args: {
          _role: Database["public"]["Enums"]["app_role"]
          _user_id: string
        }
        Returns: boolean
      }
    }
    Enums: {
      app_role: "admin" | "user"
    }
    CompositeTypes: {
      [_ in never]: never
    }
  }
}
