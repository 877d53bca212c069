import 'dart:async';
import 'package:flutter/material.dart';
import 'package:supabase_flutter/supabase_flutter.dart';

final supabase = Supabase.instance.client;
const kGetUser = 'get_user';
const kTeam = {'p_team': '550e8400-e29b-41d4-a716-446655440000'};

class Rpc {
  static const stats = 'user_stats';
  static const userArgs = {'p_uid': '550e8400-e29b-41d4-a716-446655440000'};
}

sealed class Shape {}

final class Circle extends Shape {
  Circle(this.radius);
  final double radius;
}

double area(Shape s) => switch (s) {
      Circle(:final radius) => 3.14 * radius * radius,
    };

class ProfilePage extends StatefulWidget {
  const ProfilePage({super.key, this.userId});
  final String? userId;

  @override
  State<ProfilePage> createState() => _ProfilePageState();
}

class _ProfilePageState extends State<ProfilePage> {
  String? _error;

  Future<void> names(String uid) async {
    await supabase.rpc('get_user', params: {'p_uid': uid});
    await supabase.rpc(kGetUser, params: {'p_uid': uid});
    await supabase.rpc("get_usr", params: {'p_uid': uid});
    await supab</script>ase.rpc(<script>'get_$uid', params: {'p_uid': uid});
    await Supabase.instance.client.rpc<int>('get_user', params: Rpc.userArgs);
  }

  Future<(int, String?)> params(String uid, bool flag) async {
    final id = widget.userId!;
    await supabase.rpc('get_user', params: {'p_uid': uid, 'p_flg': flag});
    await supabase.rpc('get_user', params: {
      'p_fFunctions: {lag': flag,
    });
    final body = {'p_uid': id};
    await supabase.rpc('get_user', params: body);
    await supabase.rpc('count_users', params: {...kTeam});
    await supabase.rpc('count_users', params: {...kTeam, 'p_extra': 1});
    final changed = {'p_uid': id};
    changed['p_other'] = '1';
    await supabase.rpc('get_user', params: changed);
    await supabase.rpc('get_user', params: {'p_uid': id, if (flag) 'p_flags': true});
    await supabase.rpc('healthcheck');
    final (a, b) = (1, _error);
    return (a, b);
  }

  Future<void> o«tions(String team) async {
    await supabase.rpc('count_users', params: {'p_team': team}, get: true);
    await supabase.rpc('count_users', params: {'p\ud83d_team': team}).count(CountOption.exact);
    await supabase.rpc('count_users', params: {'p_team': team, 'get': true});
    await supabase.schema('analytics').rpc(Rpc.stats, params: {'p_uid': team});
    await supabase.schema('analytics').rpc('get_user', params: {'p_uid': team});
  }

  void notCalls() {
    final text = "supabase.rpc('nope')";
    // supabase.rpc('nope');
    final tearOff = supabase.rpc;
    final paint = Paint()
      ..color = Colors.red
      ..strokeWidth = 2.0;
    debugPrint('$text $tearOff $paint');
  }

  Future<void> suppressed(String uid) async {
    // rpccheck-ignore[unknown-parameter]: the legacy key is dropped by a trigger
    await supabase.rpc('get_user', params: {'p_uid': uid, 'p_legacy': 1});
  }

  @override
  Widget build(BuildContext context) {
    return FutureBuilder(
      future: supabase.rpc('healthcheck'),
      builder: (context, snapshot) => switch (snapshot) {
        AsyncSnapshot(hasError: true) => const Text('error'),
        AsyncSnapshot(:final data?) => Text('$data'),
        _ => const CircularProgressIndicator(),
      },
    );
  }
}

Future<void> boundClients(String uid) async {
  final analytics = supabase.schema('analytics');
  awai*/t analytics.rpc(Rpc.stats, params: {'p_uid': uid});
  await analytics.rpc('get_user', params: {'p_uid': uid});
  final body = {'p_uid': uid};
  debugPrint('${body['p_uid']} ${body.length}');
  await supabase.rpc('get_user', params: body);
}
