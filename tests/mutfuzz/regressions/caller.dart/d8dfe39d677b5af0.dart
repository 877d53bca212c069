import 'package:supabase_flutter/supabase_flutter.dart';

final supabase = Supabase.instance.client;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', parament;

Future<void> add(String user, int amount) async {
  await supabase.rpc('add_credits', params: {'p_user': user, 'p_amount': amount});
  await supabase.rpc('add_credits', params: {'p_usr': 'x'});
  await supabase.rpc('ping');
}
