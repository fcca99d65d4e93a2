/* dhcpm-conformance.c: what in a capture breaks MS-DHCPM.
 *
 * Every rule the specification gives for the failover methods that can be
 * judged from the wire is an expert info of its own, dhcpm.expert.<rule>,
 * whose summary names the rule (the fact sheet's id, FO-...) and the
 * specification section.  The summary is the same for every hit, so that
 * `tshark -q -z expert` counts hits per rule; the value that broke the rule
 * is appended to the item's label.
 *
 * Severity: a violation of the specification is a warning, a notable but
 * legal fact a note.  Malformed NDR (a count beyond the data, an array
 * whose max_count differs from its size_is member, a union discriminant
 * that differs from its switch) is found and reported by the NDR runtime
 * (dhcpm.expert.ndr_*) and not reported again here.
 *
 * Values come from the NDR observer while the generated code decodes them
 * (dhcpm-call.c passes them on), so nothing is decoded twice.  Rules about
 * a single value fire as the value is seen; rules about the whole PDU (a
 * member that is missing, what a status implies) once the PDU is decoded.
 * The rules about authentication and faults need the DCE/RPC header:
 * dhcpm-conformance-rpc.c.
 */

#include <stdarg.h>

#include <epan/packet.h>
#include <epan/expert.h>
#include <epan/wmem_scopes.h>

#include "dhcpm.h"
#include "dhcpm-conformance.h"
#include "dhcpm-generated.h"

/* ---- the rules -------------------------------------------------------- */

static expert_field ei_mode_range = EI_INIT;
static expert_field ei_server_type_range = EI_INIT;
static expert_field ei_state_range = EI_INIT;
static expert_field ei_prev_state_range = EI_INIT;
static expert_field ei_search_type_range = EI_INIT;
static expert_field ei_quarantine_status_range = EI_INIT;
static expert_field ei_address_status_range = EI_INIT;
static expert_field ei_percentage_range = EI_INIT;
static expert_field ei_name_too_long = EI_INIT;
static expert_field ei_policy_name_too_long = EI_INIT;
static expert_field ei_set_flags_zero = EI_INIT;
static expert_field ei_set_flags_unknown = EI_INIT;
static expert_field ei_set_flags_shared_secret = EI_INIT;
static expert_field ei_name_null = EI_INIT;
static expert_field ei_server_address_zero = EI_INIT;
static expert_field ei_scopes_missing = EI_INIT;
static expert_field ei_scope_id_zero = EI_INIT;
static expert_field ei_search_name_null = EI_INIT;
static expert_field ei_enum_read_count = EI_INIT;
static expert_field ei_ignored_member_set = EI_INIT;
static expert_field ei_scope_not_in_relationship = EI_INIT;
static expert_field ei_success_without_result = EI_INIT;
static expert_field ei_error_with_result = EI_INIT;
static expert_field ei_return_code_unlisted = EI_INIT;
static expert_field ei_return_code_page_erratum = EI_INIT;

static ei_register_info rules[] = {
    /* values outside their enum (2.2.1.1.x) or range */
    { &ei_mode_range, { "dhcpm.expert.mode_range", PI_PROTOCOL, PI_WARN,
      "[FO-CR-10, FO-SET-06] mode is not a DHCP_FAILOVER_MODE (MS-DHCPM 2.2.1.1.18)", EXPFILL } },
    { &ei_server_type_range, { "dhcpm.expert.server_type_range", PI_PROTOCOL, PI_WARN,
      "[FO-CR-11] serverType is not a DHCP_FAILOVER_SERVER (MS-DHCPM 2.2.1.1.19)", EXPFILL } },
    { &ei_state_range, { "dhcpm.expert.state_range", PI_PROTOCOL, PI_WARN,
      "[FO-GEN-04] state is not an FSM_STATE of the specification, 0-11 (MS-DHCPM 2.2.1.1.20)",
      EXPFILL } },
    { &ei_prev_state_range, { "dhcpm.expert.prev_state_range", PI_PROTOCOL, PI_WARN,
      "[FO-GEN-04] prevState is not an FSM_STATE of the specification, 0-11 (MS-DHCPM 2.2.1.1.20)",
      EXPFILL } },
    { &ei_search_type_range, { "dhcpm.expert.search_type_range", PI_PROTOCOL, PI_WARN,
      "[FO-GCI-05] SearchType is not a DHCP_SEARCH_INFO_TYPE (MS-DHCPM 2.2.1.1.3, 3.2.4.99)",
      EXPFILL } },
    { &ei_quarantine_status_range, { "dhcpm.expert.quarantine_status_range", PI_PROTOCOL, PI_WARN,
      "Status is not a QuarantineStatus (MS-DHCPM 2.2.1.1.11, 2.2.1.2.101)", EXPFILL } },
    { &ei_address_status_range, { "dhcpm.expert.address_status_range", PI_PROTOCOL, PI_WARN,
      "[FO-GAS-04] pStatus of a successful GetAddressStatus is not 0-3 (MS-DHCPM 3.2.4.126)",
      EXPFILL } },
    { &ei_percentage_range, { "dhcpm.expert.percentage_range", PI_PROTOCOL, PI_WARN,
      "[FO-CR-09, FO-SET-05] percentage above 100 (MS-DHCPM 3.2.4.90, 3.2.4.91)", EXPFILL } },
    { &ei_name_too_long, { "dhcpm.expert.name_too_long", PI_PROTOCOL, PI_WARN,
      "[FO-CR-14] relationshipName longer than 126 characters (MS-DHCPM 3.2.4.90)", EXPFILL } },
    { &ei_policy_name_too_long, { "dhcpm.expert.policy_name_too_long", PI_PROTOCOL, PI_WARN,
      "[FO-GCI-05] PolicyName longer than 64 characters (MS-DHCPM 2.2.1.2.101)", EXPFILL } },
    /* SetRelationship Flags (3.2.4.91) */
    { &ei_set_flags_zero, { "dhcpm.expert.set_flags_zero", PI_PROTOCOL, PI_WARN,
      "[FO-SET-03] SetRelationship Flags is 0 (MS-DHCPM 3.2.4.91)", EXPFILL } },
    { &ei_set_flags_unknown, { "dhcpm.expert.set_flags_unknown", PI_PROTOCOL, PI_WARN,
      "[FO-SET-04] SetRelationship Flags has bits outside the specification's 0x3F and the SDK's "
      "0x40 (MS-DHCPM 3.2.4.91)", EXPFILL } },
    { &ei_set_flags_shared_secret, { "dhcpm.expert.set_flags_shared_secret", PI_PROTOCOL, PI_WARN,
      "[FO-SET-04] SetRelationship Flags has SHAREDSECRET 0x40, a Windows SDK bit that "
      "MS-DHCPM 3.2.4.91 does not allow", EXPFILL } },
    /* members the method rejects with ERROR_INVALID_PARAMETER when missing */
    { &ei_name_null, { "dhcpm.expert.name_null", PI_PROTOCOL, PI_WARN,
      "[FO-CR-03, FO-SET-02, FO-DEL-01, FO-GET-02, FO-ADD-02, FO-DSC-02, FO-TAA-02] relationship "
      "name is NULL (MS-DHCPM 3.2.4.90-96, 3.2.4.101)", EXPFILL } },
    { &ei_server_address_zero, { "dhcpm.expert.server_address_zero", PI_PROTOCOL, PI_WARN,
      "[FO-CR-04, FO-CR-05] primaryServer or secondaryServer is 0 (MS-DHCPM 3.2.4.90)", EXPFILL } },
    { &ei_scopes_missing, { "dhcpm.expert.scopes_missing", PI_PROTOCOL, PI_WARN,
      "[FO-CR-06..08, FO-ADD-03..04, FO-DSC-03..04] pScopes is NULL, empty or without Elements "
      "(MS-DHCPM 3.2.4.90, 3.2.4.95, 3.2.4.96)", EXPFILL } },
    { &ei_scope_id_zero, { "dhcpm.expert.scope_id_zero", PI_PROTOCOL, PI_WARN,
      "[FO-GSR-02, FO-GSS-01] scopeId is 0 (MS-DHCPM 3.2.4.97, 3.2.4.98)", EXPFILL } },
    { &ei_search_name_null, { "dhcpm.expert.search_name_null", PI_PROTOCOL, PI_WARN,
      "[FO-GCI-02] SearchType DhcpClientName with a NULL ClientName (MS-DHCPM 3.2.4.99)",
      EXPFILL } },
    /* what a response says about itself */
    { &ei_enum_read_count, { "dhcpm.expert.enum_read_count", PI_PROTOCOL, PI_WARN,
      "[FO-ENUM-06] relationshipRead differs from the relationships returned (MS-DHCPM 3.2.4.94)",
      EXPFILL } },
    { &ei_ignored_member_set, { "dhcpm.expert.ignored_member_set", PI_PROTOCOL, PI_NOTE,
      "[FO-GCI-05] a member that MUST be ignored, or is unused, is set (MS-DHCPM 2.2.1.2.101, "
      "2.2.1.2.7)", EXPFILL } },
    { &ei_scope_not_in_relationship, { "dhcpm.expert.scope_not_in_relationship", PI_PROTOCOL,
      PI_WARN, "[FO-GSR-04] GetScopeRelationship succeeded with a relationship whose pScopes "
      "lacks the requested scopeId (MS-DHCPM 3.2.4.97)", EXPFILL } },
    { &ei_success_without_result, { "dhcpm.expert.success_without_result", PI_PROTOCOL, PI_WARN,
      "[FO-GET-05] ERROR_SUCCESS with a NULL [out] result (MS-DHCPM 3.2.4.93, 3.2.4.97-99)",
      EXPFILL } },
    { &ei_error_with_result, { "dhcpm.expert.error_with_result", PI_PROTOCOL, PI_NOTE,
      "A failed call returns a non-NULL [out] result (MS-DHCPM 3.2.4.93, 3.2.4.97-99 return it "
      "on success only)", EXPFILL } },
    { &ei_return_code_unlisted, { "dhcpm.expert.return_code_unlisted", PI_RESPONSE_CODE, PI_NOTE,
      "[FO-GEN-02] return code not listed for this method by its MS-DHCPM 3.1.4.x or 3.2.4.x page",
      EXPFILL } },
    { &ei_return_code_page_erratum, { "dhcpm.expert.return_code_page_erratum", PI_RESPONSE_CODE,
      PI_NOTE, "[FO-GEN-02] return code its MS-DHCPM page lists by a name the Windows SDK numbers "
      "differently", EXPFILL } },
};

/* ---- per-method facts --------------------------------------------------- */

enum {
    OP_CREATE = 89, OP_SET = 90, OP_DELETE = 91, OP_GET = 92, OP_ENUM = 93, OP_ADD_SCOPE = 94,
    OP_DEL_SCOPE = 95, OP_GET_SCOPE_REL = 96, OP_GET_STATS = 97, OP_GET_CLIENT = 98,
    OP_GET_TIME = 99, OP_TRIGGER = 100, OP_ADDRESS_STATUS = 125
};

/* SetRelationship Flags (3.2.4.91); SHAREDSECRET is the SDK's. */
#define SET_MCLT         0x01u
#define SET_SAFEPERIOD   0x02u
#define SET_CHANGESTATE  0x04u
#define SET_PERCENTAGE   0x08u
#define SET_MODE         0x10u
#define SET_PREVSTATE    0x20u
#define SET_SPEC_MASK    0x3Fu
#define SET_SHAREDSECRET 0x40u

#define FSM_STATE_SPEC_LAST 11     /* RECOVER_DONE; 12 and 13 are the SDK's */
#define RELATIONSHIP_NAME_MAX 126  /* 3.2.4.90, UTF-16 units without the NUL */
#define POLICY_NAME_MAX 64         /* 2.2.1.2.101 */

static gboolean
is_failover_opnum(guint16 opnum)
{
    return (opnum >= OP_CREATE && opnum <= OP_TRIGGER) || opnum == OP_ADDRESS_STATUS;
}

/* ---- one PDU ------------------------------------------------------------ */

struct dhcpm_conf {
    packet_info *pinfo;
    tvbuff_t *tvb;
    proto_tree *tree;
    guint16 opnum;
    gboolean is_request;
    gboolean have_request_scope, request_scope_found;
    guint32 request_scope;
    gboolean have_flags;
    guint32 flags;
    gboolean have_name, have_scopes, have_result, have_werror;
    guint32 scope_count, scopes_seen, werror;
    gboolean have_primary, have_secondary;
    guint32 primary, secondary;
    gboolean have_scope_id;
    guint32 scope_id;
    gboolean have_search_type, have_search_name;
    guint32 search_type;
    gboolean have_address_status;
    guint32 address_status;
    gboolean have_count, have_read;
    guint32 count, read;
};

static proto_item *
fire(dhcpm_conf_t *c, expert_field *ei, const char *fmt, ...) G_GNUC_PRINTF(3, 4);

static proto_item *
fire(dhcpm_conf_t *c, expert_field *ei, const char *fmt, ...)
{
    proto_item *pi = proto_tree_add_expert(c->tree, c->pinfo, ei, c->tvb, 0, 0);
    va_list ap;

    if (fmt) {
        va_start(ap, fmt);
        proto_item_append_text(pi, ": %s", wmem_strdup_vprintf(c->pinfo->pool, fmt, ap));
        va_end(ap);
    }
    return pi;
}

/* Whether a member of the relationship means something in this PDU.  Set
 * applies only the members its Flags select (3.2.4.91); Create overwrites
 * state and prevState with STARTUP and INIT (3.2.4.90); Add/DeleteScope
 * use only the name and the scopes (3.2.4.95, 3.2.4.96). */
static gboolean
member_applies(const dhcpm_conf_t *c, guint32 set_flag)
{
    if (!c->is_request)
        return TRUE;
    switch (c->opnum) {
    case OP_SET:
        return c->have_flags && (c->flags & set_flag);
    case OP_CREATE:
        return set_flag != SET_CHANGESTATE && set_flag != SET_PREVSTATE;
    case OP_ADD_SCOPE:
    case OP_DEL_SCOPE:
        return FALSE;
    default:
        return TRUE;
    }
}

static void
check_enum(dhcpm_conf_t *c, expert_field *ei, const value_string *vals, guint32 value)
{
    if (!try_val_to_str(value, vals))
        fire(c, ei, "%u", value);
}

static void
check_state(dhcpm_conf_t *c, expert_field *ei, guint32 value)
{
    if (value <= FSM_STATE_SPEC_LAST)
        return;
    if (try_val_to_str(value, dhcpm_FSM_STATE_vals))
        fire(c, ei, "%u (%s: Windows SDK only, reserved)", value,
             val_to_str_const(value, dhcpm_FSM_STATE_vals, "?"));
    else
        fire(c, ei, "%u", value);
}

static void
check_flags(dhcpm_conf_t *c, guint32 flags)
{
    c->have_flags = TRUE;
    c->flags = flags;
    if (flags == 0)
        fire(c, &ei_set_flags_zero, NULL);
    if (flags & ~(SET_SPEC_MASK | SET_SHAREDSECRET))
        fire(c, &ei_set_flags_unknown, "0x%08x", flags & ~(SET_SPEC_MASK | SET_SHAREDSECRET));
    if (flags & SET_SHAREDSECRET)
        fire(c, &ei_set_flags_shared_secret, NULL);
}

dhcpm_conf_t *
dhcpm_conf_begin(packet_info *pinfo, tvbuff_t *tvb, proto_tree *tree, dcerpc_info *di,
                 gboolean is_request, gboolean have_request_scope, guint32 request_scope)
{
    dhcpm_conf_t *c;
    guint16 opnum = di->call_data->opnum;

    if (!is_failover_opnum(opnum))
        return NULL;
    c = wmem_new0(pinfo->pool, dhcpm_conf_t);
    c->pinfo = pinfo;
    c->tvb = tvb;
    c->tree = tree;
    c->opnum = opnum;
    c->is_request = is_request;
    c->have_request_scope = have_request_scope;
    c->request_scope = request_scope;
    if (is_request)
        dhcpm_conf_rpc_note_call(pinfo, di);
    else
        dhcpm_conf_rpc_note_response(pinfo, di);
    return c;
}

/* Every field dhcpm_conf_uint reads: the caller skips the others. */
int *const dhcpm_conf_uint_hfs[] = {
    &hf_dhcpm_set_flags, &hf_dhcpm_relationship_mode, &hf_dhcpm_relationship_server_type,
    &hf_dhcpm_relationship_state, &hf_dhcpm_relationship_prev_state,
    &hf_dhcpm_relationship_percentage, &hf_dhcpm_relationship_primary_server,
    &hf_dhcpm_relationship_secondary_server, &hf_dhcpm_relationship_scope_count,
    &hf_dhcpm_relationship_scope, &hf_dhcpm_scope_id, &hf_dhcpm_search_type,
    &hf_dhcpm_client_ip_address, &hf_dhcpm_stats_num_addr, &hf_dhcpm_client_quarantine_status,
    &hf_dhcpm_client_bnd_msg_status, &hf_dhcpm_client_flags, &hf_dhcpm_address_status,
    &hf_dhcpm_relationship_count, &hf_dhcpm_relationships_read, &hf_dhcpm_werror,
};
const guint dhcpm_conf_n_uint_hfs = G_N_ELEMENTS(dhcpm_conf_uint_hfs);

void
dhcpm_conf_uint(dhcpm_conf_t *c, int hf, guint32 v)
{
    if (!c)
        return;
    /* scopes first: a large response has hundreds */
    if (hf == hf_dhcpm_relationship_scope) {
        c->scopes_seen++;
        if (c->have_request_scope && v == c->request_scope)
            c->request_scope_found = TRUE;
    } else if (hf == hf_dhcpm_set_flags) {
        check_flags(c, v);
    } else if (hf == hf_dhcpm_relationship_mode) {
        if (member_applies(c, SET_MODE))
            check_enum(c, &ei_mode_range, dhcpm_DHCP_FAILOVER_MODE_vals, v);
    } else if (hf == hf_dhcpm_relationship_server_type) {
        if (member_applies(c, 0) && c->opnum != OP_SET)
            check_enum(c, &ei_server_type_range, dhcpm_DHCP_FAILOVER_SERVER_vals, v);
    } else if (hf == hf_dhcpm_relationship_state) {
        if (member_applies(c, SET_CHANGESTATE))
            check_state(c, &ei_state_range, v);
    } else if (hf == hf_dhcpm_relationship_prev_state) {
        if (member_applies(c, SET_PREVSTATE))
            check_state(c, &ei_prev_state_range, v);
    } else if (hf == hf_dhcpm_relationship_percentage) {
        if (member_applies(c, SET_PERCENTAGE) && v > 100)
            fire(c, &ei_percentage_range, "%u", v);
    } else if (hf == hf_dhcpm_relationship_primary_server) {
        c->have_result = TRUE;
        if (!c->have_primary) {
            c->have_primary = TRUE;
            c->primary = v;
        }
    } else if (hf == hf_dhcpm_relationship_secondary_server) {
        if (!c->have_secondary) {
            c->have_secondary = TRUE;
            c->secondary = v;
        }
    } else if (hf == hf_dhcpm_relationship_scope_count) {
        c->have_scopes = TRUE;
        c->scope_count = v;
    } else if (hf == hf_dhcpm_scope_id) {
        c->have_scope_id = TRUE;
        c->scope_id = v;
    } else if (hf == hf_dhcpm_search_type) {
        c->have_search_type = TRUE;
        c->search_type = v;
        check_enum(c, &ei_search_type_range, dhcpm_DHCP_SEARCH_INFO_TYPE_vals, v);
    } else if (hf == hf_dhcpm_client_ip_address || hf == hf_dhcpm_stats_num_addr) {
        c->have_result = TRUE;
    } else if (hf == hf_dhcpm_client_quarantine_status) {
        check_enum(c, &ei_quarantine_status_range, dhcpm_QuarantineStatus_vals, v);
    } else if (hf == hf_dhcpm_client_bnd_msg_status) {
        if (v != 0)
            fire(c, &ei_ignored_member_set, "bndMsgStatus 0x%08x", v);
    } else if (hf == hf_dhcpm_client_flags) {
        if (v != 0)
            fire(c, &ei_ignored_member_set, "flags 0x%02x", v);
    } else if (hf == hf_dhcpm_address_status) {
        c->have_address_status = TRUE;
        c->address_status = v;
    } else if (hf == hf_dhcpm_relationship_count) {
        c->have_count = TRUE;
        c->count = v;
    } else if (hf == hf_dhcpm_relationships_read) {
        c->have_read = TRUE;
        c->read = v;
    } else if (hf == hf_dhcpm_werror) {
        c->have_werror = TRUE;
        c->werror = v;
    }
}

gboolean
dhcpm_conf_checks_enum(int hf)
{
    return hf == hf_dhcpm_relationship_mode || hf == hf_dhcpm_relationship_server_type ||
           hf == hf_dhcpm_relationship_state || hf == hf_dhcpm_relationship_prev_state ||
           hf == hf_dhcpm_search_type || hf == hf_dhcpm_client_quarantine_status;
}

/* Length in UTF-16 code units, as the specification counts characters. */
static guint
utf16_units(const char *s)
{
    guint n = 0;

    for (; *s; s = g_utf8_next_char(s))
        n += g_utf8_get_char(s) >= 0x10000 ? 2 : 1;
    return n;
}

gboolean
dhcpm_conf_wants_string(int hf)
{
    return hf == hf_dhcpm_relationship_name || hf == hf_dhcpm_search_name || hf == hf_dhcpm_client_policy_name ||
           hf == hf_dhcpm_client_owner_host_name;
}

void
dhcpm_conf_string(dhcpm_conf_t *c, int hf, const char *s)
{
    guint n;

    if (!c)
        return;
    if (hf == hf_dhcpm_relationship_name) {
        if (c->have_name)
            return;
        c->have_name = TRUE;
        if (c->is_request && c->opnum == OP_CREATE &&
            (n = utf16_units(s)) > RELATIONSHIP_NAME_MAX)
            fire(c, &ei_name_too_long, "%u characters", n);
    } else if (hf == hf_dhcpm_search_name) {
        c->have_search_name = TRUE;
    } else if (hf == hf_dhcpm_client_policy_name) {
        if ((n = utf16_units(s)) > POLICY_NAME_MAX)
            fire(c, &ei_policy_name_too_long, "%u characters", n);
    } else if (hf == hf_dhcpm_client_owner_host_name) {
        fire(c, &ei_ignored_member_set, "OwnerHost.HostName \"%s\"", s);
    }
}

/* Requests: members whose absence the method answers with
 * ERROR_INVALID_PARAMETER, where the wire can show it. */
static void
end_request(dhcpm_conf_t *c)
{
    switch (c->opnum) {
    case OP_CREATE:
        if (c->have_primary && (c->primary == 0 || c->secondary == 0))
            fire(c, &ei_server_address_zero, NULL);
        /* fall through */
    case OP_ADD_SCOPE:
    case OP_DEL_SCOPE:
        if (!c->have_scopes || c->scope_count == 0 || c->scopes_seen == 0)
            fire(c, &ei_scopes_missing, !c->have_scopes ? "pScopes NULL" :
                 c->scope_count == 0 ? "NumElements 0" : "Elements NULL");
        /* fall through */
    case OP_SET:
    case OP_DELETE:
    case OP_GET:
    case OP_TRIGGER:
        if (!c->have_name)
            fire(c, &ei_name_null, NULL);
        break;
    case OP_GET_SCOPE_REL:
    case OP_GET_STATS:
        if (c->have_scope_id && c->scope_id == 0)
            fire(c, &ei_scope_id_zero, NULL);
        break;
    case OP_GET_CLIENT:
        if (c->have_search_type && c->search_type == 2 && !c->have_search_name)
            fire(c, &ei_search_name_null, NULL);
        break;
    default:
        break;
    }
}

static void
end_response(dhcpm_conf_t *c)
{
    gboolean success = c->werror == 0;

    switch (c->opnum) {
    case OP_GET:
    case OP_GET_SCOPE_REL:
    case OP_GET_STATS:
    case OP_GET_CLIENT:
        if (success && !c->have_result)
            fire(c, &ei_success_without_result, NULL);
        else if (!success && c->have_result)
            fire(c, &ei_error_with_result, NULL);
        if (c->opnum == OP_GET_SCOPE_REL && success && c->have_result &&
            c->have_request_scope && !c->request_scope_found)
            fire(c, &ei_scope_not_in_relationship, "%u.%u.%u.%u", c->request_scope >> 24,
                 (c->request_scope >> 16) & 0xff, (c->request_scope >> 8) & 0xff,
                 c->request_scope & 0xff);
        break;
    case OP_ENUM:
        if (c->have_count && c->have_read && c->read != c->count)
            fire(c, &ei_enum_read_count, "relationshipRead %u, numElements %u", c->read,
                 c->count);
        break;
    case OP_ADDRESS_STATUS:
        if (success && c->have_address_status && c->address_status > 3)
            fire(c, &ei_address_status_range, "%u", c->address_status);
        break;
    default:
        break;
    }
}

/* Listed: the SDK value of a name the page lists.  The value a page prints
 * for a name whose SDK value differs is listed too, by the page's mistake:
 * the note says both names. */
void
dhcpm_conf_return_code(packet_info *pinfo, tvbuff_t *tvb, proto_tree *tree,
                       const dhcpm_method_t *method, guint32 code)
{
    const dhcpm_code_t *erratum = NULL;
    proto_item *pi;
    guint i;

    if (!method->n_codes)
        return;
    for (i = 0; i < method->n_codes; i++) {
        if (method->codes[i].value == code)
            return;
        if (method->codes[i].page_value == code && !erratum)
            erratum = &method->codes[i];
    }
    if (erratum) {
        pi = proto_tree_add_expert(tree, pinfo, &ei_return_code_page_erratum, tvb, 0, 0);
        proto_item_append_text(pi, ": page: %s (SDK 0x%08X); SDK: 0x%08X %s", erratum->page_name,
                               erratum->value, code, dhcpm_werror_name(code));
    } else {
        pi = proto_tree_add_expert(tree, pinfo, &ei_return_code_unlisted, tvb, 0, 0);
        proto_item_append_text(pi, ": %s", dhcpm_werror_name(code));
    }
}

void
dhcpm_conf_end(dhcpm_conf_t *c, gboolean complete)
{
    if (!c)
        return;
    if (complete) {
        if (c->is_request)
            end_request(c);
        else if (c->have_werror)
            end_response(c);
    }
}

void
dhcpm_conformance_register(int proto, module_t *prefs)
{
    expert_register_field_array(expert_register_protocol(proto), rules, array_length(rules));
    dhcpm_conf_rpc_register(proto, prefs);
}

void
dhcpm_conformance_handoff(int proto)
{
    dhcpm_conf_rpc_handoff(proto);
}
