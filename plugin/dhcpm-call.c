/* dhcpm-call.c: what a decoded call adds beyond its IDL.
 *
 * - finds the generated body of a method from the DCE/RPC call;
 * - keeps the values that identify a call (scope, relationship name,
 *   address) from its request and shows them again in the response, as
 *   generated fields with the same filter names;
 * - writes an Info column that says what happened:
 *   GetScopeRelationship response, scope 10.1.0.0: "dc1-dc2" LoadBalance NORMAL, ERROR_SUCCESS
 */

#include <epan/packet.h>
#include <epan/exceptions.h>
#include <epan/expert.h>
#include <epan/wmem_scopes.h>

#include "dhcpm.h"
#include "dhcpm-generated.h"

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
} dhcpm_pdu_t;

static void
note_uint(ndr_ctx_t *ctx, int hf, guint32 value)
{
    dhcpm_pdu_t *pdu = (dhcpm_pdu_t *)ctx->user;

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

    if (hf == hf_dhcpm_relationship_name && !pdu->name)
        pdu->name = value;
    else if (hf == hf_dhcpm_search_name && !pdu->search_name)
        pdu->search_name = value;
}

static const ndr_observer_t observer = { note_uint, note_string };

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

static const char *
ipv4_text(wmem_allocator_t *scope, guint32 v)
{
    return wmem_strdup_printf(scope, "%u.%u.%u.%u", v >> 24, (v >> 16) & 0xff, (v >> 8) & 0xff,
                              v & 0xff);
}

static void
set_info(packet_info *pinfo, const dhcpm_method_t *method, gboolean is_request,
         const dhcpm_pdu_t *pdu)
{
    wmem_strbuf_t *s;
    const char *sep = ":";

    if (!pinfo->cinfo)
        return;
    s = wmem_strbuf_new(pinfo->pool, method->short_name);
    wmem_strbuf_append(s, is_request ? " request" : " response");
    if (pdu->keys.have_scope)
        wmem_strbuf_append_printf(s, ", scope %s", ipv4_text(pinfo->pool, pdu->keys.scope));
    if (pdu->keys.have_address)
        wmem_strbuf_append_printf(s, ", address %s", ipv4_text(pinfo->pool, pdu->keys.address));
    if (pdu->name || (is_request && pdu->keys.name)) {
        wmem_strbuf_append_printf(s, "%s \"%s\"", sep, pdu->name ? pdu->name : pdu->keys.name);
        sep = "";
    }
    if (pdu->have_mode) {
        wmem_strbuf_append_printf(s, "%s %s", sep,
                                  val_to_str_const(pdu->mode, dhcpm_DHCP_FAILOVER_MODE_vals, "mode?"));
        sep = "";
    }
    if (pdu->have_state && !is_request) {
        wmem_strbuf_append_printf(s, "%s %s", sep,
                                  val_to_str_const(pdu->state, dhcpm_FSM_STATE_vals, "state?"));
        sep = "";
    }
    if (pdu->have_count)
        wmem_strbuf_append_printf(s, "%s %u relationship%s", sep, pdu->count,
                                  pdu->count == 1 ? "" : "s");
    if (pdu->have_search)
        wmem_strbuf_append_printf(s, "%s client %s", sep, ipv4_text(pinfo->pool, pdu->search_ip));
    else if (pdu->search_name)
        wmem_strbuf_append_printf(s, "%s client \"%s\"", sep, pdu->search_name);
    if (pdu->have_status && pdu->have_werror && pdu->werror == 0)
        wmem_strbuf_append_printf(s, ", status %u", pdu->status);
    if (pdu->have_werror)
        wmem_strbuf_append_printf(s, ", %s", dhcpm_werror_name(pdu->werror));
    col_add_str(pinfo->cinfo, COL_INFO, wmem_strbuf_get_str(s));
}

/* The request's identifying values, again in the response. */
static void
add_request_keys(proto_tree *tree, tvbuff_t *tvb, const dhcpm_request_keys_t *keys)
{
    proto_item *pi;

    if (keys->have_scope) {
        pi = proto_tree_add_ipv4(tree, hf_dhcpm_scope_id, tvb, 0, 0, g_htonl(keys->scope));
        proto_item_set_generated(pi);
    }
    if (keys->have_address) {
        pi = proto_tree_add_ipv4(tree, hf_dhcpm_address, tvb, 0, 0, g_htonl(keys->address));
        proto_item_set_generated(pi);
    }
    if (keys->name) {
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

    if (!iface || opnum >= iface->n_methods)
        return 0;
    method = &iface->methods[opnum];
    body = is_request ? method->request : method->response;
    if (!body)
        return 0;

    pdu = wmem_new0(pinfo->pool, dhcpm_pdu_t);
    pi = proto_tree_add_string(tree, hf_dhcpm_interface, tvb, 0, 0, iface->name);
    proto_item_set_generated(pi);
    if (!is_request && di->call_data->se_data) {
        pdu->keys = *(const dhcpm_request_keys_t *)di->call_data->se_data;
        add_request_keys(tree, tvb, &pdu->keys);
    }

    /* The transfer syntax the bind negotiated for this call's context. */
    ndr64 = (di->call_data->flags & DCERPC_IS_NDR64) != 0;
    ndr_ctx_init(&ctx, tvb, pinfo, drep, ndr64, &observer, pdu);
    TRY {
        int offset = dhcpm_sdk_dissect(&ctx, tree, method, is_request, body);
        ndr_check_end(&ctx, tree, offset);
    }
    FINALLY {
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

    proto_register_field_array(proto, hf, array_length(hf));
}
