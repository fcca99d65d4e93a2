/* dhcpm-call.c: what a decoded call adds beyond its IDL.
 *
 * - finds the generated body of a method from the DCE/RPC call;
 * - keeps the values that identify a call (the cnf's KEY fields: scope,
 *   option, class, policy, path, relationship name, ...) from its request
 *   and shows them again in the response, as generated fields with the same
 *   filter names;
 * - writes an Info column that says what happened:
 *   GetScopeRelationship response, scope 10.1.0.0: "dc1-dc2" LoadBalance NORMAL, ERROR_SUCCESS
 *   SetOptionValueV5 request, option 6 (Domain Name Server), class "Finance"
 */

#include <string.h>

#include <epan/packet.h>
#include <epan/column-utils.h>
#include <epan/exceptions.h>
#include <epan/expert.h>
#include <epan/wmem_scopes.h>
#include <wsutil/inet_addr.h>

#include "dhcpm.h"
#include "dhcpm-conformance.h"
#include "dhcpm-demand.h"
#include "dhcpm-generated.h"
#include "dhcpm-security.h"
#include "dhcpm-stats.h"

static int hf_dhcpm_interface = -1;
static int proto_dhcpm = -1;

/* The first value of a KEY field in a PDU. */
typedef struct {
    guint16 key;                /* index in dhcpm_keys */
    guint16 type;               /* enum ftenum: FT_IPv4, FT_IPv6, FT_STRING or an integer */
    int hf;
    union {
        guint32 u;
        const char *s;
        ws_in6_addr v6;
    } v;
} dhcpm_key_value_t;

/* No method sends more kinds of key than this; more are not kept. */
#define DHCPM_MAX_KEYS 8

/* Key values: a PDU's, in the PDU; a request's, kept with the DCE/RPC call
 * for its response, in an array just as long (most calls have one or two). */
typedef struct {
    guint n;
    dhcpm_key_value_t *v;
} dhcpm_request_keys_t;

/* What one PDU said, gathered while it is decoded. */
typedef struct {
    packet_info *pinfo;
    tvbuff_t *tvb;
    proto_tree *tree;
    gboolean is_request;
    gboolean has_secret;            /* a password or shared secret was sent */
    gboolean experts;               /* an expert info of this PDU can be seen */
    dhcpm_key_value_t own_values[DHCPM_MAX_KEYS];
    dhcpm_request_keys_t own;       /* this PDU's key values (in own_values) */
    guint16 promised[DHCPM_MAX_KEYS];   /* keys whose first value is queued (value_promised) */
    guint n_promised;
    dhcpm_request_keys_t req;       /* a response's: its request's (n 0 when not seen) */
    gboolean have_mode, have_state, have_count, have_werror, have_status;
    guint32 mode, state, count, werror, status;
    dhcpm_stats_pdu_t *stats;       /* the tap's record; NULL without a listener */
    dhcpm_conf_t *conf;             /* the conformance checks of this PDU */
} dhcpm_pdu_t;

/* Every field note_uint reads for itself (and the KEY fields). */
static int *const call_uint_hfs[] = {
    &hf_dhcpm_relationship_mode,
    &hf_dhcpm_relationship_state, &hf_dhcpm_relationship_count, &hf_dhcpm_address_status,
    &hf_dhcpm_werror,
};
/* Indexed by hf: 1 + the KEY it is, 0 for most fields. */
static guint8 *key_of_hf;
static int n_key_of_hf;
/* Indexed by hf: which of note_uint itself, the statistics and the
 * conformance checks read the field (most fields: none of them).  Built
 * once the generated fields are registered. */
#define WANT_CALL  0x1
#define WANT_STATS 0x2
#define WANT_CONF  0x4
#define WANT_KEY   0x8
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

/* The PDU's value of a KEY field, if it has none yet. */
static dhcpm_key_value_t *
new_key_value(dhcpm_pdu_t *pdu, int hf)
{
    guint key, i;

    if (hf < 0 || hf >= n_key_of_hf || !key_of_hf[hf])
        return NULL;
    key = key_of_hf[hf] - 1u;
    if (dhcpm_keys[key].request_only && !pdu->is_request)
        return NULL;
    for (i = 0; i < pdu->own.n; i++)
        if (pdu->own.v[i].key == key)
            return NULL;
    if (pdu->own.n == DHCPM_MAX_KEYS)
        return NULL;
    pdu->own.v[pdu->own.n].key = (guint16)key;
    pdu->own.v[pdu->own.n].hf = hf;
    pdu->own.v[pdu->own.n].type = (guint16)proto_registrar_get_ftype(hf);
    return &pdu->own.v[pdu->own.n++];
}

/* Whether the PDU still takes a value of this KEY field (only its first
 * is kept).  Once the pointee that holds the first is queued, only that
 * pointee's is (ctx->promised). */
static gboolean
key_wanted(const ndr_ctx_t *ctx, const dhcpm_pdu_t *pdu, int hf)
{
    guint key, i;

    if (hf < 0 || hf >= n_key_of_hf || !key_of_hf[hf])
        return FALSE;
    key = key_of_hf[hf] - 1u;
    if ((dhcpm_keys[key].request_only && !pdu->is_request) || pdu->own.n == DHCPM_MAX_KEYS)
        return FALSE;
    for (i = 0; i < pdu->own.n; i++)
        if (pdu->own.v[i].key == key)
            return FALSE;
    if (!ctx->promised)
        for (i = 0; i < pdu->n_promised; i++)
            if (pdu->promised[i] == key)
                return FALSE;
    return TRUE;
}

/* A pointee of a KEY field is queued: its value will be the PDU's first,
 * and the later ones need not be read for the key. */
static gboolean
key_promised(ndr_ctx_t *ctx, int hf)
{
    dhcpm_pdu_t *pdu = (dhcpm_pdu_t *)ctx->user;

    if (!key_wanted(ctx, pdu, hf) || pdu->n_promised == DHCPM_MAX_KEYS)
        return FALSE;
    pdu->promised[pdu->n_promised++] = (guint16)(key_of_hf[hf] - 1u);
    return TRUE;
}

/* A key value of the PDU or of its request, by field; NULL if none. */
static const dhcpm_key_value_t *
key_value(const dhcpm_request_keys_t *keys, int hf)
{
    guint i;

    for (i = 0; i < keys->n; i++)
        if (keys->v[i].hf == hf)
            return &keys->v[i];
    return NULL;
}

static void
note_uint(ndr_ctx_t *ctx, int hf, guint32 value)
{
    dhcpm_pdu_t *pdu = (dhcpm_pdu_t *)ctx->user;
    dhcpm_key_value_t *kv;
    guint8 want;

    if (dhcpm_stats_wants_values(pdu->stats))
        dhcpm_stats_value(pdu->stats, hf, DHCPM_VALUE_UINT, value, NULL);
    /* most values are of no interest to anyone: one look in a table */
    if (hf < 0 || hf >= n_uint_wanted || !(want = uint_wanted[hf]))
        return;
    if ((want & WANT_STATS) && pdu->stats)
        dhcpm_stats_uint(pdu->stats, ctx, hf, value);
    if ((want & WANT_CONF) && pdu->conf)
        dhcpm_conf_uint(pdu->conf, hf, value);
    if ((want & WANT_KEY) && (kv = new_key_value(pdu, hf)) != NULL) {
        kv->v.u = value;
        ndr_wants_changed(ctx);
    }
    if (!(want & WANT_CALL))
        return;
    if (hf == hf_dhcpm_relationship_mode && !pdu->have_mode) {
        pdu->have_mode = TRUE;
        pdu->mode = value;
        ndr_wants_changed(ctx);
    } else if (hf == hf_dhcpm_relationship_state && !pdu->have_state) {
        pdu->have_state = TRUE;
        pdu->state = value;
        ndr_wants_changed(ctx);
    } else if (hf == hf_dhcpm_relationship_count) {
        pdu->have_count = TRUE;
        pdu->count = value;
    } else if (hf == hf_dhcpm_address_status) {
        pdu->have_status = TRUE;
        pdu->status = value;
    } else if (hf == hf_dhcpm_werror) {
        pdu->have_werror = TRUE;
        pdu->werror = value;
    }
}

static void
note_string(ndr_ctx_t *ctx, int hf, const char *value)
{
    dhcpm_pdu_t *pdu = (dhcpm_pdu_t *)ctx->user;
    dhcpm_key_value_t *kv;

    if ((kv = new_key_value(pdu, hf)) != NULL) {
        kv->v.s = value;
        ndr_wants_changed(ctx);
    }
    if (dhcpm_stats_wants_values(pdu->stats))
        dhcpm_stats_value(pdu->stats, hf, DHCPM_VALUE_TEXT, 0, value);
    if (pdu->experts && dhcpm_security_wants_string(hf)) {
        pdu->has_secret |= dhcpm_security_is_secret(hf);
        dhcpm_security_string(pdu->pinfo, pdu->tvb, pdu->tree, pdu->is_request, hf, value);
    }
    dhcpm_stats_string(pdu->stats, ctx, hf, value);
    dhcpm_conf_string(pdu->conf, hf, value);
}

static void
note_struct(ndr_ctx_t *ctx, int hf)
{
    dhcpm_stats_struct(((dhcpm_pdu_t *)ctx->user)->stats, ctx, hf);
}

static void
note_ipv6(ndr_ctx_t *ctx, int hf, const ws_in6_addr *value)
{
    dhcpm_pdu_t *pdu = (dhcpm_pdu_t *)ctx->user;
    dhcpm_key_value_t *kv = new_key_value(pdu, hf);
    char *text;

    if (kv) {
        kv->v.v6 = *value;
        ndr_wants_changed(ctx);
    }
    if (dhcpm_stats_wants_values(pdu->stats)) {
        text = (char *)wmem_alloc(ctx->pinfo->pool, WS_INET6_ADDRSTRLEN);
        ws_inet_ntop6(value, text, WS_INET6_ADDRSTRLEN);
        dhcpm_stats_value(pdu->stats, hf, DHCPM_VALUE_TEXT, 0, text);
    }
}

/* The audit's values that only it reads: 64-bit numbers, times, bytes. */
static void
note_u64(ndr_ctx_t *ctx, int hf, ndr_u64_kind_t kind, guint64 value)
{
    dhcpm_pdu_t *pdu = (dhcpm_pdu_t *)ctx->user;

    if (dhcpm_stats_wants_values(pdu->stats))
        dhcpm_stats_value(pdu->stats, hf, kind == NDR_U64_FILETIME ? DHCPM_VALUE_FILETIME
                                          : kind == NDR_U64_TIME_T ? DHCPM_VALUE_TIME_T
                                          : DHCPM_VALUE_U64, value, NULL);
}

static void
note_bytes(ndr_ctx_t *ctx, int hf, int offset, int length)
{
    static const char hex[] = "0123456789abcdef";
    dhcpm_pdu_t *pdu = (dhcpm_pdu_t *)ctx->user;
    gboolean mac = proto_registrar_get_ftype(hf) == FT_ETHER;
    const guint8 *data;
    char *text, *p;
    int i;

    if (!dhcpm_stats_wants_values(pdu->stats) || length < 0)
        return;
    /* the whole array, as the truth files write it: lowercase hex, an
     * Ethernet address with colons */
    data = tvb_get_ptr(ctx->tvb, offset, length);
    p = text = (char *)wmem_alloc(ctx->pinfo->pool, (gsize)length * 3 + 1);
    for (i = 0; i < length; i++) {
        if (mac && i)
            *p++ = ':';
        *p++ = hex[data[i] >> 4];
        *p++ = hex[data[i] & 0xf];
    }
    *p = '\0';
    dhcpm_stats_value(pdu->stats, hf, DHCPM_VALUE_TEXT, 0, text);
}

/* The strings note_string reads: the KEY strings (Info column, request
 * keys), those the conformance and security checks read, and the server
 * names when the statistics collect. */
static gboolean
string_wanted(ndr_ctx_t *ctx, int hf)
{
    const dhcpm_pdu_t *pdu = (const dhcpm_pdu_t *)ctx->user;

    return key_wanted(ctx, pdu, hf) ||
           (pdu->conf && dhcpm_conf_wants_string(hf)) ||
           (pdu->experts && dhcpm_security_wants_string(hf)) ||
           pdu->stats != NULL;
}

/* Every field whose values this PDU's readers take: the keys and what the
 * Info column says, and those of the checks and statistics that run.  The
 * NDR runtime steps over a type with none of them (ndr_quiet_begin). */
static gboolean
value_wanted(ndr_ctx_t *ctx, int hf)
{
    const dhcpm_pdu_t *pdu = (const dhcpm_pdu_t *)ctx->user;
    guint8 want;

    if (hf < 0)
        return FALSE;
    if (pdu->stats || key_wanted(ctx, pdu, hf))
        return TRUE;
    want = hf < n_uint_wanted ? uint_wanted[hf] : 0;
    /* the first mode and state go into the Info column */
    if ((want & WANT_CALL) && !(hf == hf_dhcpm_relationship_mode && pdu->have_mode) &&
        !(hf == hf_dhcpm_relationship_state && pdu->have_state))
        return TRUE;
    if (pdu->conf && ((want & WANT_CONF) || dhcpm_conf_wants_string(hf)))
        return TRUE;
    return pdu->experts && dhcpm_security_wants_string(hf);
}

/* The failover enums the conformance checks judge themselves, with the
 * rule that names the member, in the PDUs they check. */
static gboolean
enum_checked(ndr_ctx_t *ctx, int hf)
{
    return ((dhcpm_pdu_t *)ctx->user)->conf != NULL && dhcpm_conf_checks_enum(hf);
}

static const ndr_observer_t observer = {
    .uint_value = note_uint,
    .string_value = note_string,
    .string_wanted = string_wanted,
    .struct_begin = note_struct,
    .ipv6_value = note_ipv6,
    .enum_checked = enum_checked,
    .u64_value = note_u64,
    .bytes_value = note_bytes,
    .value_wanted = value_wanted,
    .value_promised = key_promised,
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

/* Whether the text has no control character. */
static gboolean
info_plain(const info_text_t *info)
{
    size_t i;

    for (i = 0; i < info->len; i++)
        if ((guchar)info->text[i] < 0x20 || info->text[i] == 0x7f)
            return FALSE;
    return TRUE;
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

/* A key's value as the Info column shows it. */
static void
info_add_key_value(info_text_t *info, const dhcpm_key_value_t *kv)
{
    char v6[WS_INET6_ADDRSTRLEN];
    const header_field_info *hfi;
    const char *name;

    switch (kv->type) {
    case FT_IPv4:
        info_add_ipv4(info, kv->v.u);
        break;
    case FT_IPv6:
        ws_inet_ntop6(&kv->v.v6, v6, sizeof(v6));
        info_add(info, v6);
        break;
    case FT_STRING:
        info_add(info, "\"");
        info_add(info, kv->v.s);
        info_add(info, "\"");
        break;
    default:
        info_add_uint(info, kv->v.u);
        hfi = proto_registrar_get_nth((guint)kv->hf);
        name = !hfi->strings ? NULL
             : (hfi->display & BASE_EXT_STRING)
                 ? try_val_to_str_ext(kv->v.u, (value_string_ext *)hfi->strings)
                 : try_val_to_str(kv->v.u, (const value_string *)hfi->strings);
        if (name) {
            info_add(info, " (");
            info_add(info, name);
            info_add(info, ")");
        }
        break;
    }
}

/* The keys of one set, in the cnf's order; *sep is the separator of a
 * quoted key (": " the first time).  quoted: whether quoted keys are
 * shown (a response shows its own, not its request's). */
static void
info_add_keys(info_text_t *info, const dhcpm_request_keys_t *keys, gboolean quoted,
              const dhcpm_request_keys_t *skip, const char **sep)
{
    const dhcpm_key_value_t *order[DHCPM_MAX_KEYS];
    guint n = MIN(keys->n, DHCPM_MAX_KEYS), i, j;

    /* the values arrive in wire order; the cnf's order is what reads well */
    for (i = 0; i < n; i++) {
        for (j = i; j > 0 && order[j - 1]->key > keys->v[i].key; j--)
            order[j] = order[j - 1];
        order[j] = &keys->v[i];
    }
    for (i = 0; i < n; i++) {
        const dhcpm_key_value_t *kv = order[i];
        const dhcpm_key_t *key = &dhcpm_keys[kv->key];
        gboolean dup = FALSE;

        for (j = 0; skip && j < skip->n; j++)
            dup |= skip->v[j].key == kv->key;
        /* what the request asked about, said once; a quoted name is the
         * response's own */
        if (dup && key->style != DHCPM_KEY_QUOTED)
            continue;
        if (key->style == DHCPM_KEY_QUOTED) {
            if (!quoted || kv->type != FT_STRING)
                continue;
            info_add_quoted(info, *sep, kv->v.s);
            *sep = "";
        } else if (key->style == DHCPM_KEY_SUFFIX) {
            info_add(info, ", ");
            info_add_key_value(info, kv);
            info_add(info, " ");
            info_add(info, key->label);
        } else {
            info_add(info, ", ");
            info_add(info, key->label);
            info_add(info, " ");
            info_add_key_value(info, kv);
        }
    }
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
    /* a response: first what its request asked about, then what it says */
    if (!is_request)
        info_add_keys(&info, &pdu->req, FALSE, NULL, &sep);
    info_add_keys(&info, &pdu->own, TRUE, is_request ? NULL : &pdu->req, &sep);
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
    if (pdu->have_status && pdu->have_werror && pdu->werror == 0) {
        info_add(&info, ", status ");
        info_add_uint(&info, pdu->status);
    }
    if (pdu->have_werror) {
        info_add(&info, ", ");
        info_add(&info, dhcpm_werror_name(pdu->werror));
    }
    /* The column points at a copy in the packet's pool (col_set_str): from
     * 4.2 on col_add_str copies the text character by character (1,500
     * instructions a PDU on 4.4).  What col_add_str would change, it
     * still writes: control characters (escaped from 4.2 on) and a text
     * cut at the column's length. */
    if (info.len + 1 < sizeof(info.text) && info_plain(&info))
        col_set_str(pinfo->cinfo, COL_INFO,
                    (const char *)wmem_memdup(pinfo->pool, info.text, info.len + 1));
    else
        col_add_str(pinfo->cinfo, COL_INFO, info.text);
}

/* What a call is about, for the audit: the keys as the Info column says
 * them, without the leading separator. */
static const char *
object_text(packet_info *pinfo, const dhcpm_request_keys_t *keys)
{
    info_text_t info;
    const char *sep = ":";
    const char *text;

    info.len = 0;
    info.text[0] = '\0';
    info_add_keys(&info, keys, TRUE, NULL, &sep);
    text = info.text;
    while (*text == ',' || *text == ':' || *text == ' ')
        text++;
    return wmem_strdup(pinfo->pool, text);
}

/* The request's identifying values, again in the response. */
static void
add_request_keys(proto_tree *tree, tvbuff_t *tvb, const dhcpm_request_keys_t *keys)
{
    proto_item *pi;
    guint i;

    for (i = 0; i < keys->n; i++) {
        const dhcpm_key_value_t *kv = &keys->v[i];

        /* asked before adding, as the NDR runtime does (ndr_shown) */
        if (!proto_field_is_referenced(tree, kv->hf))
            continue;
        switch (kv->type) {
        case FT_IPv4:
            pi = proto_tree_add_ipv4(tree, kv->hf, tvb, 0, 0, g_htonl(kv->v.u));
            break;
        case FT_IPv6:
            pi = proto_tree_add_ipv6(tree, kv->hf, tvb, 0, 0, &kv->v.v6);
            break;
        case FT_STRING:
            pi = proto_tree_add_string(tree, kv->hf, tvb, 0, 0, kv->v.s);
            break;
        default:
            pi = proto_tree_add_uint(tree, kv->hf, tvb, 0, 0, kv->v.u);
            break;
        }
        proto_item_set_generated(pi);
    }
}

/* A copy of key values that outlives the packet (the request's, kept
 * for its response). */
static dhcpm_request_keys_t *
keep_keys(const dhcpm_request_keys_t *keys)
{
    /* the set and its values in one allocation */
    dhcpm_request_keys_t *kept = (dhcpm_request_keys_t *)wmem_alloc(
        wmem_file_scope(), sizeof(dhcpm_request_keys_t) + keys->n * sizeof(dhcpm_key_value_t));
    guint i;

    kept->n = keys->n;
    kept->v = (dhcpm_key_value_t *)(kept + 1);
    memcpy(kept->v, keys->v, keys->n * sizeof(dhcpm_key_value_t));
    for (i = 0; i < kept->n; i++)
        if (kept->v[i].type == FT_STRING)
            kept->v[i].v.s = wmem_strdup(wmem_file_scope(), kept->v[i].v.s);
    return kept;
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
    const dhcpm_key_value_t *scope;
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

    /* dhcpsrv is a protocol of its own below dhcpm (dhcpm-register.c): a
     * hidden dhcpm item lets the filter "dhcpm" find its calls too */
    if (tree && strcmp(iface->name, DHCPM_MAIN_INTERFACE) != 0 &&
        proto_field_is_referenced(tree, proto_dhcpm))
        proto_item_set_hidden(proto_tree_add_item(tree, proto_dhcpm, tvb, 0, 0, ENC_NA));
    pdu = wmem_new0(pinfo->pool, dhcpm_pdu_t);
    pdu->pinfo = pinfo;
    pdu->tvb = tvb;
    pdu->tree = tree;
    pdu->is_request = is_request;
    pdu->own.v = pdu->own_values;
    pdu->stats = dhcpm_stats_begin(pinfo, di, iface, method, is_request);
    if (proto_field_is_referenced(tree, hf_dhcpm_interface)) {
        pi = proto_tree_add_string(tree, hf_dhcpm_interface, tvb, 0, 0, iface->name);
        proto_item_set_generated(pi);
    }
    if (!is_request && di->call_data->se_data) {
        pdu->req = *(const dhcpm_request_keys_t *)di->call_data->se_data;
        add_request_keys(tree, tvb, &pdu->req);
    }

    /* The transfer syntax the bind negotiated for this call's context. */
    ndr64 = (di->call_data->flags & DCERPC_IS_NDR64) != 0;
    scope = key_value(&pdu->req, hf_dhcpm_scope_id);
    /* the checks run where their experts can be seen */
    pdu->experts = dhcpm_demand_experts(pinfo, tree);
    if (pdu->experts)
        pdu->conf = dhcpm_conf_begin(pinfo, tvb, tree, di, is_request,
                                     scope != NULL, scope ? scope->v.u : 0);
    ndr_ctx_init(&ctx, tvb, pinfo, drep, ndr64, &observer, pdu);
    ctx.all = pdu->experts || (tree && PTREE_DATA(tree)->visible) ||
              (pdu->stats && pdu->stats->audit) || ndr_details_asked(tree);
    TRY {
        int offset = dhcpm_sdk_dissect(&ctx, tree, method, is_request, body);
        ndr_check_end(&ctx, tree, offset);
        dhcpm_stats_done(pdu->stats);
        complete = TRUE;
    }
    FINALLY {
        const dhcpm_request_keys_t *req = is_request ? &pdu->own : &pdu->req;
        const dhcpm_key_value_t *name = key_value(req, hf_dhcpm_relationship_name);

        if (complete && !is_request && pdu->have_werror && pdu->experts) {
            dhcpm_conf_return_code(pinfo, tvb, tree, method, pdu->werror);
            dhcpm_security_response(pinfo, tvb, tree, method, pdu->werror);
        }
        dhcpm_conf_end(pdu->conf, complete);
        /* what the DCE/RPC header decides: the auth level it was sent at */
        if (pdu->experts && ((is_request && (pdu->conf || method->is_change)) || pdu->has_secret))
            dhcpm_conf_rpc_note_pdu(pinfo, is_request && pdu->conf != NULL,
                                    is_request && method->is_change, pdu->has_secret);
        /* The call value outlives the packet only when the request is seen
         * for the first time; keep the keys for the response. */
        if (is_request && !PINFO_FD_VISITED(pinfo) && !di->call_data->se_data && pdu->own.n)
            di->call_data->se_data = keep_keys(&pdu->own);
        set_info(pinfo, method, is_request, pdu);
        if (pdu->stats && pdu->stats->audit)
            pdu->stats->object = object_text(pinfo, req);
        scope = key_value(req, hf_dhcpm_scope_id);
        dhcpm_stats_queue(pinfo, pdu->stats, name ? name->v.s : NULL, scope != NULL,
                          scope ? scope->v.u : 0);
    }
    ENDTRY;
    return tvb_reported_length(tvb);
}

/* tshark 4.0 -T fields: the tree of this PDU is hidden as 4.2 hides it
 * (dhcpm-demand.h), and shown again whatever happens. */
static int
dissect_pdu_for_fields(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, dcerpc_info *di,
                       guint8 *drep, gboolean is_request)
{
    volatile int len = 0;

    if (!dhcpm_demand_fields_begin(tree))
        return dissect_pdu(tvb, pinfo, tree, di, drep, is_request);
    TRY {
        len = dissect_pdu(tvb, pinfo, tree, di, drep, is_request);
    }
    FINALLY {
        dhcpm_demand_fields_end(tree, TRUE);
    }
    ENDTRY;
    return len;
}

int
dhcpm_dissect_request(tvbuff_t *tvb, int offset _U_, packet_info *pinfo, proto_tree *tree,
                      dcerpc_info *di, guint8 *drep)
{
    return dissect_pdu_for_fields(tvb, pinfo, tree, di, drep, TRUE);
}

int
dhcpm_dissect_response(tvbuff_t *tvb, int offset _U_, packet_info *pinfo, proto_tree *tree,
                       dcerpc_info *di, guint8 *drep)
{
    return dissect_pdu_for_fields(tvb, pinfo, tree, di, drep, FALSE);
}

void
dhcpm_call_register(int proto)
{
    static hf_register_info hf[] = {
        { &hf_dhcpm_interface, { "Interface", "dhcpm.interface", FT_STRING, BASE_NONE,
          NULL, 0x0, "MS-DHCPM interface of the call: dhcpsrv or dhcpsrv2", HFILL } },
    };
    gboolean mark;
    guint k;

    proto_dhcpm = proto;
    proto_register_field_array(proto, hf, array_length(hf));
    /* first the size of the table, then its marks */
    for (mark = 0; mark <= 1; mark++) {
        guint k;

        if (mark)
            uint_wanted = wmem_alloc0_array(wmem_epan_scope(), guint8, n_uint_wanted);
        want_uints(call_uint_hfs, G_N_ELEMENTS(call_uint_hfs), mark ? WANT_CALL : 0);
        want_uints(dhcpm_conf_uint_hfs, dhcpm_conf_n_uint_hfs, mark ? WANT_CONF : 0);
        want_uints(dhcpm_stats_uint_hfs, dhcpm_stats_n_uint_hfs, mark ? WANT_STATS : 0);
        for (k = 0; k < dhcpm_n_keys; k++) {
            int *const key_hf[] = { dhcpm_keys[k].hf };

            want_uints(key_hf, 1, mark ? WANT_KEY : 0);
        }
    }
    for (k = 0; k < dhcpm_n_keys; k++)
        if (*dhcpm_keys[k].hf >= n_key_of_hf)
            n_key_of_hf = *dhcpm_keys[k].hf + 1;
    key_of_hf = wmem_alloc0_array(wmem_epan_scope(), guint8, n_key_of_hf);
    for (k = 0; k < dhcpm_n_keys; k++)
        key_of_hf[*dhcpm_keys[k].hf] = (guint8)(k + 1);
}
