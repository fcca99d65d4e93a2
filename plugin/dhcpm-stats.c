/* dhcpm-stats.c: the "dhcpm" tap: one record per decoded PDU, built from
 * the values the NDR runtime reports while the PDU is decoded.
 *
 * The record lives in pinfo->pool, so it holds no more than the packet
 * does.  Listeners copy what they keep. */

#include <epan/packet.h>
#include <epan/tap.h>
#include <wsutil/nstime.h>

#include "dhcpm.h"
#include "dhcpm-generated.h"
#include "dhcpm-stats.h"

static int dhcpm_tap = -1;
static int audit_tap = -1;

void
dhcpm_stats_register(int proto _U_)
{
    dhcpm_tap = register_tap("dhcpm");
    audit_tap = register_tap("dhcpm_audit");
    dhcpm_stats_failover_register();
    dhcpm_stats_tables_register();
    dhcpm_audit_register();
}

dhcpm_stats_pdu_t *
dhcpm_stats_begin(packet_info *pinfo, const dcerpc_info *di, const dhcpm_interface_t *iface,
                  const dhcpm_method_t *method, gboolean is_request)
{
    dhcpm_stats_pdu_t *s;
    gboolean audit = method->is_change && have_tap_listener(audit_tap);

    if (!audit && !have_tap_listener(dhcpm_tap))
        return NULL;
    s = wmem_new0(pinfo->pool, dhcpm_stats_pdu_t);
    s->audit = audit;
    if (audit && is_request)
        s->values = wmem_array_new(pinfo->pool, sizeof(dhcpm_stats_value_t));
    s->iface = iface;
    s->method = method;
    s->is_request = is_request;
    s->frame = pinfo->num;
    s->call_frame = di->call_data->req_frame;
    if (!is_request && di->call_data->req_frame) {
        nstime_t delta;

        s->req_frame = di->call_data->req_frame;
        nstime_delta(&delta, &pinfo->abs_ts, &di->call_data->req_time);
        s->have_rt = TRUE;
        s->rt = nstime_to_sec(&delta);
    }
    s->rels = wmem_array_new(pinfo->pool, sizeof(dhcpm_stats_rel_t *));
    return s;
}

/* The relationship the current value belongs to, if any. */
static dhcpm_stats_rel_t *
current_rel(ndr_ctx_t *ctx)
{
    return (dhcpm_stats_rel_t *)ctx->item;
}

void
dhcpm_stats_struct(dhcpm_stats_pdu_t *s, ndr_ctx_t *ctx, int hf)
{
    dhcpm_stats_rel_t *r;

    if (!s)
        return;
    if (hf == hf_dhcpm_relationship) {
        /* Each on its own: pointees keep its address until the PDU ends. */
        r = wmem_new0(ctx->pinfo->pool, dhcpm_stats_rel_t);
        wmem_array_append_one(s->rels, r);
        ctx->item = r;
    } else if (hf == hf_dhcpm_relationship_scopes && (r = current_rel(ctx)) != NULL) {
        r->scopes = wmem_array_new(ctx->pinfo->pool, sizeof(guint32));
    }
}

/* Every field dhcpm_stats_uint reads: the caller skips the others. */
int *const dhcpm_stats_uint_hfs[] = {
    &hf_dhcpm_werror, &hf_dhcpm_set_flags, &hf_dhcpm_relationship_primary_server,
    &hf_dhcpm_relationship_secondary_server, &hf_dhcpm_relationship_mode,
    &hf_dhcpm_relationship_server_type, &hf_dhcpm_relationship_state,
    &hf_dhcpm_relationship_prev_state, &hf_dhcpm_relationship_percentage,
    &hf_dhcpm_relationship_scope,
};
const guint dhcpm_stats_n_uint_hfs = G_N_ELEMENTS(dhcpm_stats_uint_hfs);

void
dhcpm_stats_uint(dhcpm_stats_pdu_t *s, ndr_ctx_t *ctx, int hf, guint32 value)
{
    dhcpm_stats_rel_t *r;

    if (!s)
        return;
    if (hf == hf_dhcpm_werror) {
        s->have_werror = TRUE;
        s->werror = value;
        return;
    }
    if (hf == hf_dhcpm_set_flags) {
        s->have_flags = TRUE;
        s->flags = value;
        return;
    }
    r = current_rel(ctx);
    if (!r)
        return;
    if (hf == hf_dhcpm_relationship_primary_server) {
        r->have |= DHCPM_REL_PRIMARY;
        r->primary = value;
    } else if (hf == hf_dhcpm_relationship_secondary_server) {
        r->have |= DHCPM_REL_SECONDARY;
        r->secondary = value;
    } else if (hf == hf_dhcpm_relationship_mode) {
        r->have |= DHCPM_REL_MODE;
        r->mode = value;
    } else if (hf == hf_dhcpm_relationship_server_type) {
        r->have |= DHCPM_REL_SERVER_TYPE;
        r->server_type = value;
    } else if (hf == hf_dhcpm_relationship_state) {
        r->have |= DHCPM_REL_STATE;
        r->state = value;
    } else if (hf == hf_dhcpm_relationship_prev_state) {
        r->have |= DHCPM_REL_PREV_STATE;
        r->prev_state = value;
    } else if (hf == hf_dhcpm_relationship_percentage) {
        r->have |= DHCPM_REL_PERCENTAGE;
        r->percentage = value;
    } else if (hf == hf_dhcpm_relationship_scope && r->scopes) {
        wmem_array_append_one(r->scopes, value);
    }
}

void
dhcpm_stats_string(dhcpm_stats_pdu_t *s, ndr_ctx_t *ctx, int hf, const char *value)
{
    dhcpm_stats_rel_t *r;

    if (!s)
        return;
    r = current_rel(ctx);
    if (hf == hf_dhcpm_relationship_name) {
        if (r)
            r->name = value;
        else
            s->name = value;
    } else if (r && hf == hf_dhcpm_relationship_primary_server_name) {
        r->primary_name = value;
    } else if (r && hf == hf_dhcpm_relationship_secondary_server_name) {
        r->secondary_name = value;
    }
}

void
dhcpm_stats_value(dhcpm_stats_pdu_t *s, int hf, dhcpm_value_kind_t kind, guint64 u,
                  const char *text)
{
    dhcpm_stats_value_t v;

    v.hf = hf;
    v.kind = kind;
    v.u = u;
    v.text = text;
    wmem_array_append_one(s->values, v);
}

void
dhcpm_stats_done(dhcpm_stats_pdu_t *s)
{
    if (s)
        s->complete = TRUE;
}

void
dhcpm_stats_queue(packet_info *pinfo, dhcpm_stats_pdu_t *s, const char *req_name,
                  gboolean have_scope, guint32 scope)
{
    if (!s)
        return;
    s->req_name = req_name;
    s->have_scope = have_scope;
    s->scope = scope;
    if (have_tap_listener(dhcpm_tap))
        tap_queue_packet(dhcpm_tap, pinfo, s);
    if (s->method->is_change && have_tap_listener(audit_tap))
        tap_queue_packet(audit_tap, pinfo, s);
}

/* Text from the wire with what could forge lines of a report escaped: C0
 * and DEL as \xNN, C1 (such as NEL) as \u00NN; quoted: in quotes, with
 * quote and backslash escaped too. */
static const char *
escape(wmem_allocator_t *a, const char *s, gboolean quoted)
{
    wmem_strbuf_t *b = wmem_strbuf_new(a, quoted ? "\"" : "");

    for (; *s; s++) {
        guchar c = (guchar)*s;
        if (quoted && (c == '"' || c == '\\'))
            wmem_strbuf_append_printf(b, "\\%c", c);
        else if (c < 0x20 || c == 0x7f)
            wmem_strbuf_append_printf(b, "\\x%02x", c);
        else if (c == 0xc2 && (guchar)s[1] >= 0x80 && (guchar)s[1] <= 0x9f)
            wmem_strbuf_append_printf(b, "\\u%04x", (guchar)*++s);
        else
            wmem_strbuf_append_c(b, (char)c);
    }
    if (quoted)
        wmem_strbuf_append_c(b, '"');
    return wmem_strbuf_get_str(b);
}

const char *
dhcpm_stats_quoted(wmem_allocator_t *a, const char *s)
{
    return escape(a, s, TRUE);
}

const char *
dhcpm_stats_escaped(wmem_allocator_t *a, const char *s)
{
    return escape(a, s, FALSE);
}
