"""The failover inventory of -z dhcpm,failover: calls that move scopes
between relationships, delete and re-create a relationship, change its state
with SetRelationship, and name relationships with characters that must not
forge lines of the report.  Read by make_captures.py (see its docstring);
the test stats.inventory recomputes the report from inventory.truth.json.
"""

import collections

import make_captures as mc

# Quote, backslash, newline, tab, ESC, NEL: the report must escape all of them.
EVIL = 'evil "rel"\\\n    state:      NORMAL (frame 1)\t\x1b[31m\x85 ok'

SITE_A = mc.Rel('site-a', '10.1.0.1', '10.1.0.2', mode=0, server_type=0, mclt=3600,
                primary_name='dhcp-a1', secondary_name='dhcp-a2',
                scopes=['10.50.0.0', '10.50.1.0'], percentage=50)


def inventory_capture():
    with mc.Recorder('inventory') as rec:
        s = rec.connect()
        s.call(89, mc.req_relationship(mc.CreateRelationship, None, SITE_A),
               mc.resp_status(89, mc.ERROR_SUCCESS),
               'Create site-a with two scopes')
        s.call(92, mc.req_name(mc.GetRelationship, None, 'site-a'),
               mc.resp_relationship(92, mc.Rel('site-a', '10.1.0.1', '10.1.0.2', state=3,
                                               prev_state=2, scopes=['10.50.0.0', '10.50.1.0'],
                                               percentage=50), mc.ERROR_SUCCESS),
               'Get site-a: NORMAL, names NULL (the known names stay)')
        s.call(89, mc.req_relationship(mc.CreateRelationship, None,
                                       mc.Rel(EVIL, '10.2.0.1', '10.2.0.2', mode=1, server_type=1,
                                              scopes=['10.60.0.0'], percentage=5)),
               mc.resp_status(89, mc.ERROR_SUCCESS),
               'Create a relationship whose name holds a quote, a backslash and control characters')
        s.call(90, mc.req_relationship(mc.SetRelationship, None,
                                       mc.Rel('site-a', '10.9.9.9', '10.9.9.8', mode=1, state=5,
                                              prev_state=3, percentage=99,
                                              primary_name='ignored'), flags=0x04),
               mc.resp_status(90, mc.ERROR_SUCCESS),
               'Set site-a CHANGESTATE to PARTNER_DOWN: the other members are ignored')
        s.call(95, mc.req_relationship(mc.DeleteScopeFromRelationship, None,
                                       mc.Rel(EVIL, '0.0.0.0', '0.0.0.0', scopes=['10.60.0.0'])),
               mc.resp_status(95, mc.ERROR_SUCCESS),
               'DeleteScope 10.60.0.0 from the evil relationship')
        s.call(94, mc.req_relationship(mc.AddScopeToRelationship, None,
                                       mc.Rel('site-a', '0.0.0.0', '0.0.0.0',
                                              scopes=['10.60.0.0', '10.50.2.0'])),
               mc.resp_status(94, mc.ERROR_SUCCESS),
               'AddScope 10.60.0.0 and 10.50.2.0 to site-a')
        s.call(94, mc.req_relationship(mc.AddScopeToRelationship, None,
                                       mc.Rel('site-a', '0.0.0.0', '0.0.0.0', scopes=['10.99.0.0'])),
               mc.resp_status(94, mc.ERROR_DHCP_FO_STATE_NOT_NORMAL),
               'AddScope refused: 10.99.0.0 must not appear')
        s.call(93, mc.req_enum(None, 0, 0xFFFFFFFF),
               mc.resp_enum(3, [mc.Rel('site-a', '10.1.0.1', '10.1.0.2', state=5, prev_state=3,
                                       secondary_name='dhcp-a2-renamed',
                                       scopes=['10.50.0.0', '10.50.1.0', '10.50.2.0', '10.60.0.0'],
                                       percentage=50),
                                mc.Rel(None, '10.3.0.1', '10.3.0.2', state=3, scopes=['10.80.0.0']),
                                mc.Rel('site-b', '10.4.0.1', '10.4.0.2', mode=1, server_type=1,
                                       state=42, prev_state=9, scopes=None, percentage=5)],
                            3, 3, mc.ERROR_SUCCESS),
               'Enum: site-a, an element without a name (not in the inventory), site-b with '
               'pScopes NULL and an undefined state 42')
        s.close()

        s = rec.connect()
        s.call(96, mc.req_scope(mc.GetScopeRelationship, None, '10.70.0.0'),
               mc.resp_relationship(96, mc.Rel('site-b', '10.4.0.1', '10.4.0.2', mode=1,
                                               server_type=1, state=9, prev_state=42, scopes=None,
                                               percentage=5), mc.ERROR_SUCCESS),
               'GetScopeRelationship 10.70.0.0: site-b, whose scope list is NULL')
        s.call(91, mc.req_name(mc.DeleteRelationship, None, 'site-a'),
               mc.resp_status(91, mc.ERROR_SUCCESS),
               'Delete site-a: its scopes are released')
        s.call(89, mc.req_relationship(mc.CreateRelationship, None,
                                       mc.Rel('site-a', '10.5.0.1', '10.5.0.2', mode=0,
                                              scopes=['10.50.0.0'], percentage=30)),
               mc.resp_status(89, mc.ERROR_SUCCESS),
               'Create site-a again: a new relationship, state not seen yet')
        s.call(90, mc.req_relationship(mc.SetRelationship, None,
                                       mc.Rel('nope', state=3), flags=0x04),
               mc.resp_status(90, mc.ERROR_DHCP_FO_RELATIONSHIP_DOES_NOT_EXIST),
               'Set an unknown relationship: not in the inventory')
        s.call(90, mc.req_relationship(mc.SetRelationship, None,
                                       mc.Rel('site-b', mode=0, percentage=70), flags=0x18),
               mc.resp_status(90, mc.ERROR_SUCCESS),
               'Set site-b MODE|PERCENTAGE: LoadBalance 70')
        s.close()
    return rec


CAPTURES = collections.OrderedDict((('inventory', inventory_capture),))
