/* dhcpm-call.c: what a decoded call adds beyond its IDL.
 *
 * - finds the generated body of a method from the DCE/RPC call;
 * - keeps the values that identify a call (scope, relationship name,
 *   address) from its request and shows them again in the response, as
 *   generated fields with the same filter names;
 * - writes an Info column that says what happened:
 *   GetScopeRelationship response, scope 10.1.0.0: "dc1-dc2" LoadBalance NORMAL, ERROR_SUCCESS
 */

#include <string.h>

#include <epan/packet.h>
#include <epan/column-utils.h>
#include <epan/exceptions.h>
#include <epan/expert.h>
#include <epan/wmem_scopes.h>

#include "dhcpm.h"
#include "dhcpm-conformance.h"
#include "dhcpm-generated.h"
#include "dhcpm-stats.h"

static int hf_dhcpm_interface = -1;

/* Kept with the DCE/RPC call from its request to its response. */
typedef struct {
    gboolean have_scope;
    guint32 scope;
    gboolean have_address;
    guint32 address;
    const char *name;
} dhcpm_request_keys_t;

/* What one PDU said, gathered while it is decoded. */
typedef struct {
    dhcpm_request_keys_t keys;      /* this request's, or the request's of this response */
    const char *name;               /* first relationship name in the body */
    gboolean have_mode, have_state, have_count, have_werror, have_status;
    guint32 mode, state, count, werror, status;
    gboolean have_search;
    guint32 search_ip;
    const char *search_name;
    dhcpm_stats_pdu_t *stats;       /* the tap's record; NULL without a listener */
    dhcpm_conf_t *conf;             /* the conformance checks of this PDU */
} dhcpm_pdu_t;

/* Every field note_uint reads for itself. */
static int *const call_uint_hfs[] = {
    &hf_dhcpm_scope_id, &hf_dhcpm_address, &hf_dhcpm_relationship_mode,
    &hf_dhcpm_relationship_state, &hf_dhcpm_relationship_count, &hf_dhcpm_address_status,
    &hf_dhcpm_search_ip_address, &hf_dhcpm_client_ip_address, &hf_dhcpm_werror,
};
/* Indexed by hf: which of note_uint itself, the statistics and the
 * conformance checks read the field (most fields: none of them).  Built
 * once the generated fields are registered. */
#define WANT_CALL  0x1
#define WANT_STATS 0x2
#define WANT_CONF  0x4
static guint8 *uint_wanted;
static int n_uint_wanted;

/* want 0: only sizes the table */
static void
want_uints(int *const *hfs, guint n, guint8 want)
{
    guint i;

    for (i = 0; i < n; i++) {
        if (!want && *hfs[i] >= n_uint_wanted)
            n_uint_wanted = *hfs[i] + 1;
        else if (want && *hfs[i] >= 0)
            uint_wanted[*hfs[i]] |= want;
    }
}

static void
note_uint(ndr_ctx_t *ctx, int hf, guint32 value)
{
    dhcpm_pdu_t *pdu = (dhcpm_pdu_t *)ctx->user;
    guint8 want;

    /* most values are of no interest to anyone: one look in a table */
    if (hf < 0 || hf >= n_uint_wanted || !(want = uint_wanted[hf]))
        return;
    if (want & WANT_STATS)
        dhcpm_stats_uint(pdu->stats, ctx, hf, value);
    if (want & WANT_CONF)
        dhcpm_conf_uint(pdu->conf, hf, value);
    if (!(want & WANT_CALL))
        return;
    if (hf == hf_dhcpm_scope_id && !pdu->keys.have_scope) {
        pdu->keys.have_scope = TRUE;
        pdu->keys.scope = value;
    } else if (hf == hf_dhcpm_address && !pdu->keys.have_address) {
        pdu->keys.have_address = TRUE;
        pdu->keys.address = value;
    } else if (hf == hf_dhcpm_relationship_mode && !pdu->have_mode) {
        pdu->have_mode = TRUE;
        pdu->mode = value;
    } else if (hf == hf_dhcpm_relationship_state && !pdu->have_state) {
        pdu->have_state = TRUE;
        pdu->state = value;
    } else if (hf == hf_dhcpm_relationship_count) {
        pdu->have_count = TRUE;
        pdu->count = value;
    } else if (hf == hf_dhcpm_address_status) {
        pdu->have_status = TRUE;
        pdu->status = value;
    } else if ((hf == hf_dhcpm_search_ip_address || hf == hf_dhcpm_client_ip_address) &&
               !pdu->have_search) {
        pdu->have_search = TRUE;
        pdu->search_ip = value;
    } else if (hf == hf_dhcpm_werror) {
        pdu->have_werror = TRUE;
        pdu->werror = value;
    }
}

static void
note_string(ndr_ctx_t *ctx, int hf, const char *value)
{
    dhcpm_pdu_t *pdu = (dhcpm_pdu_t *)ctx->user;

    dhcpm_stats_string(pdu->stats, ctx, hf, value);
    dhcpm_conf_string(pdu->conf, hf, value);
    if (hf == hf_dhcpm_relationship_name && !pdu->name)
        pdu->name = value;
    else if (hf == hf_dhcpm_search_name && !pdu->search_name)
        pdu->search_name = value;
}

static void
note_struct(ndr_ctx_t *ctx, int hf)
{
    dhcpm_stats_struct(((dhcpm_pdu_t *)ctx->user)->stats, ctx, hf);
}

/* The strings note_string reads: the relationship and search names (Info
 * column, request keys), those the conformance checks read, and the server
 * names when the statistics collect. */
static gboolean
string_wanted(ndr_ctx_t *ctx, int hf)
{
    return hf == hf_dhcpm_relationship_name || hf == hf_dhcpm_search_name ||
           dhcpm_conf_wants_string(hf) ||
           ((dhcpm_pdu_t *)ctx->user)->stats != NULL;
}

static const ndr_observer_t observer = {
    .uint_value = note_uint,
    .string_value = note_string,
    .string_wanted = string_wanted,
    .struct_begin = note_struct,
};

static const dhcpm_interface_t *
find_interface(const dcerpc_info *di)
{
    guint i;

    for (i = 0; i < dhcpm_n_interfaces; i++) {
        if (guid_cmp(&dhcpm_interfaces[i].uuid, &di->call_data->uuid) == 0 &&
            dhcpm_interfaces[i].ver_major == di->call_data->ver)
            return &dhcpm_interfaces[i];
    }
    return NULL;
}

/* The Info text is built in a buffer of the column's own size, with plain
 * copies: it is made for every decoded PDU whose summary is shown, and
 * printf-style formatting cost more than the rest of the dissection. */
typedef struct {
    char text[COL_MAX_INFO_LEN];
    size_t len;
} info_text_t;

static void
info_add(info_text_t *info, const char *str)
{
    size_t n = strlen(str);

    if (n > sizeof(info->text) - 1 - info->len)
        n = sizeof(info->text) - 1 - info->len;
    memcpy(info->text + info->len, str, n);
    info->len += n;
    info->text[info->len] = '\0';
}

static void
info_add_uint(info_text_t *info, guint32 v)
{
    char digits[11];
    char *p = digits + sizeof(digits) - 1;

    *p = '\0';
    do {
        *--p = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    info_add(info, p);
}

static void
info_add_ipv4(info_text_t *info, guint32 v)
{
    info_add_uint(info, v >> 24);
    info_add(info, ".");
    info_add_uint(info, (v >> 16) & 0xff);
    info_add(info, ".");
    info_add_uint(info, (v >> 8) & 0xff);
    info_add(info, ".");
    info_add_uint(info, v & 0xff);
}

static void
info_add_quoted(info_text_t *info, const char *sep, const char *str)
{
    info_add(info, sep);
    info_add(info, " \"");
    info_add(info, str);
    info_add(info, "\"");
}

static void
set_info(packet_info *pinfo, const dhcpm_method_t *method, gboolean is_request,
         const dhcpm_pdu_t *pdu)
{
    info_text_t info;
    const char *sep = ":";

    /* Only when the Info column is shown and may still be written. */
    if (!col_get_writable(pinfo->cinfo, COL_INFO))
        return;
    info.len = 0;
    info.text[0] = '\0';
    info_add(&info, method->short_name);
    info_add(&info, is_request ? " request" : " response");
    if (pdu->keys.have_scope) {
        info_add(&info, ", scope ");
        info_add_ipv4(&info, pdu->keys.scope);
    }
    if (pdu->keys.have_address) {
        info_add(&info, ", address ");
        info_add_ipv4(&info, pdu->keys.address);
    }
    if (pdu->name || (is_request && pdu->keys.name)) {
        info_add_quoted(&info, sep, pdu->name ? pdu->name : pdu->keys.name);
        sep = "";
    }
    if (pdu->have_mode) {
        info_add(&info, sep);
        info_add(&info, " ");
        info_add(&info, val_to_str_const(pdu->mode, dhcpm_DHCP_FAILOVER_MODE_vals, "mode?"));
        sep = "";
    }
    if (pdu->have_state && !is_request) {
        info_add(&info, sep);
        info_add(&info, " ");
        info_add(&info, val_to_str_const(pdu->state, dhcpm_FSM_STATE_vals, "state?"));
        sep = "";
    }
    if (pdu->have_count) {
        info_add(&info, sep);
        info_add(&info, " ");
        info_add_uint(&info, pdu->count);
        info_add(&info, pdu->count == 1 ? " relationship" : " relationships");
    }
    if (pdu->have_search) {
        info_add(&info, sep);
        info_add(&info, " client ");
        info_add_ipv4(&info, pdu->search_ip);
    } else if (pdu->search_name) {
        info_add(&info, sep);
        info_add(&info, " client");
        info_add_quoted(&info, "", pdu->search_name);
    }
    if (pdu->have_status && pdu->have_werror && pdu->werror == 0) {
        info_add(&info, ", status ");
        info_add_uint(&info, pdu->status);
    }
    if (pdu->have_werror) {
        info_add(&info, ", ");
        info_add(&info, dhcpm_werror_name(pdu->werror));
    }
    col_add_str(pinfo->cinfo, COL_INFO, info.text);
}

/* The request's identifying values, again in the response. */
static void
add_request_keys(proto_tree *tree, tvbuff_t *tvb, const dhcpm_request_keys_t *keys)
{
    proto_item *pi;

    /* asked before adding, as the NDR runtime does (ndr_shown) */
    if (keys->have_scope && proto_field_is_referenced(tree, hf_dhcpm_scope_id)) {
        pi = proto_tree_add_ipv4(tree, hf_dhcpm_scope_id, tvb, 0, 0, g_htonl(keys->scope));
        proto_item_set_generated(pi);
    }
    if (keys->have_address && proto_field_is_referenced(tree, hf_dhcpm_address)) {
        pi = proto_tree_add_ipv4(tree, hf_dhcpm_address, tvb, 0, 0, g_htonl(keys->address));
        proto_item_set_generated(pi);
    }
    if (keys->name && proto_field_is_referenced(tree, hf_dhcpm_relationship_name)) {
        pi = proto_tree_add_string(tree, hf_dhcpm_relationship_name, tvb, 0, 0, keys->name);
        proto_item_set_generated(pi);
    }
}

static int
dissect_pdu(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, dcerpc_info *di, guint8 *drep,
            gboolean is_request)
{
    const dhcpm_interface_t *iface = find_interface(di);
    const dhcpm_method_t *method;
    dhcpm_body_fn body;
    dhcpm_pdu_t *pdu;
    ndr_ctx_t ctx;
    proto_item *pi;
    gboolean ndr64;
    guint16 opnum = di->call_data->opnum;
    volatile gboolean complete = FALSE;

    if (!iface || opnum >= iface->n_methods)
        return 0;
#ifdef DHCPM_HANDOFF_ONLY
    return tvb_reported_length(tvb);    /* bench/: DCE/RPC's share alone */
#endif
    method = &iface->methods[opnum];
    body = is_request ? method->request : method->response;
    if (!body)
        return 0;

    pdu = wmem_new0(pinfo->pool, dhcpm_pdu_t);
    pdu->stats = dhcpm_stats_begin(pinfo, di, iface, method, is_request);
    if (proto_field_is_referenced(tree, hf_dhcpm_interface)) {
        pi = proto_tree_add_string(tree, hf_dhcpm_interface, tvb, 0, 0, iface->name);
        proto_item_set_generated(pi);
    }
    if (!is_request && di->call_data->se_data) {
        pdu->keys = *(const dhcpm_request_keys_t *)di->call_data->se_data;
        add_request_keys(tree, tvb, &pdu->keys);
    }

    /* The transfer syntax the bind negotiated for this call's context. */
    ndr64 = (di->call_data->flags & DCERPC_IS_NDR64) != 0;
    pdu->conf = dhcpm_conf_begin(pinfo, tvb, tree, di, is_request,
                                 !is_request && pdu->keys.have_scope, pdu->keys.scope);
    ndr_ctx_init(&ctx, tvb, pinfo, drep, ndr64, &observer, pdu);
    TRY {
        int offset = dhcpm_sdk_dissect(&ctx, tree, method, is_request, body);
        ndr_check_end(&ctx, tree, offset);
        dhcpm_stats_done(pdu->stats);
        complete = TRUE;
    }
    FINALLY {
        dhcpm_conf_end(pdu->conf, complete);
        if (is_request) {
            pdu->keys.name = pdu->name;
            /* The call value outlives the packet only when the request is
             * seen for the first time; keep the keys for the response. */
            if (!PINFO_FD_VISITED(pinfo) && !di->call_data->se_data) {
                dhcpm_request_keys_t *keys = wmem_new(wmem_file_scope(), dhcpm_request_keys_t);
                *keys = pdu->keys;
                keys->name = pdu->name ? wmem_strdup(wmem_file_scope(), pdu->name) : NULL;
                di->call_data->se_data = keys;
            }
        }
        set_info(pinfo, method, is_request, pdu);
        dhcpm_stats_queue(pinfo, pdu->stats, pdu->keys.name, pdu->keys.have_scope, pdu->keys.scope);
    }
    ENDTRY;
    return tvb_reported_length(tvb);
}

int
dhcpm_dissect_request(tvbuff_t *tvb, int offset _U_, packet_info *pinfo, proto_tree *tree,
                      dcerpc_info *di, guint8 *drep)
{
    return dissect_pdu(tvb, pinfo, tree, di, drep, TRUE);
}

int
dhcpm_dissect_response(tvbuff_t *tvb, int offset _U_, packet_info *pinfo, proto_tree *tree,
                       dcerpc_info *di, guint8 *drep)
{
    return dissect_pdu(tvb, pinfo, tree, di, drep, FALSE);
}

void
dhcpm_call_register(int proto)
{
    static hf_register_info hf[] = {
        { &hf_dhcpm_interface, { "Interface", "dhcpm.interface", FT_STRING, BASE_NONE,
          NULL, 0x0, "MS-DHCPM interface of the call: dhcpsrv or dhcpsrv2", HFILL } },
    };
    gboolean mark;

    proto_register_field_array(proto, hf, array_length(hf));
    /* first the size of the table, then its marks */
    for (mark = 0; mark <= 1; mark++) {
        if (mark)
            uint_wanted = wmem_alloc0_array(wmem_epan_scope(), guint8, n_uint_wanted);
        want_uints(call_uint_hfs, G_N_ELEMENTS(call_uint_hfs), mark ? WANT_CALL : 0);
        want_uints(dhcpm_conf_uint_hfs, dhcpm_conf_n_uint_hfs, mark ? WANT_CONF : 0);
        want_uints(dhcpm_stats_uint_hfs, dhcpm_stats_n_uint_hfs, mark ? WANT_STATS : 0);
    }
}
