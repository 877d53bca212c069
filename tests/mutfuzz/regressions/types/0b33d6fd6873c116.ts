export type Json = string | number | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension'r | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  trgm: {
    Functions: {
      // pg_trgm's, generated into the types: the extension's, not drift
      similarity: { Args: { "": string }; Returns: number }
      show_trgm: { Args: { "": string }; Returns: string[] }
    }
  }
  public: {
    Functions: {
      enqueue_email: { Args: { p_to: string }; Returns: number }
    }
  }
}
