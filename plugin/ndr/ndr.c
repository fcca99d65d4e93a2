/* ndr.c: the NDR 2.0 and NDR64 reader used by the generated code (see ndr.h). */

#include <epan/packet.h>
#include <epan/expert.h>
#include <epan/exceptions.h>
#include <wsutil/nstime.h>
#include <wsutil/str_util.h>

#include "ndr.h"

/* Deferred pointees nest only as deep as the IDL's types do (three levels
 * in MS-DHCPM); this is a guard, not a limit real traffic reaches. */
#define NDR_MAX_DEPTH 16

/* FILETIME values that mean "not a date" (MS-DHCPM 2.2.1.2.11). */
#define NDR_FILETIME_INFINITE G_GUINT64_CONSTANT(0x7FFFFFFFFFFFFFFF)

typedef struct ndr_deferred {
    ndr_pointee_fn fn;
    proto_tree *tree;
    int hf;
    guint64 arg;
    void *item;                 /* ctx->item where the pointer was, restored for its pointee */
    gboolean quiet;             /* ctx->quiet where the pointer was */
    gboolean promised;          /* the observer's value_promised took it */
} ndr_deferred_t;

static int hf_ndr_referent_id = -1;        /* NDR 2.0: 4 bytes */
static int hf_ndr_referent_id64 = -1;      /* NDR64: 8 bytes, same filter name */
static int hf_ndr_pointer = -1;            /* "Pointer to ..." of a pointee without its own */
/* The pointer of each pointee (ndr_register_pointers), indexed by the
 * pointee's hf: [0] NDR 2.0, [1] NDR64.  One plain item per pointer,
 * "Pointer to <pointee>: <referent ID or NULL>", that is also the
 * dhcpm.ndr.referent_id field: Wireshark formats its label only when it
 * shows it. */
typedef struct {
    int hf[2];
} ndr_pointer_hfs_t;
static ndr_pointer_hfs_t *pointer_hf_by_pointee;
static int n_pointer_hf_by_pointee;
static int hf_ndr_max_count = -1;
static int hf_ndr_offset = -1;
static int hf_ndr_actual_count = -1;
static int hf_ndr_union_switch = -1;
static gint ett_ndr_pointer = -1;
/* 1 + the Ethernet address field of each byte array field that may hold
 * one (ndr_register_macs), indexed by the byte array's hf; 0 elsewhere. */
static int *mac_hf_by_bytes;
static int n_mac_hf_by_bytes;
/* Whether the tree shows the transfer syntax's own values (ndr.h). */
static dhcpm_pref_bool_t ndr_details = FALSE;
/* Counts the PDUs decoded: each ndr_need_t is worked out once per PDU. */
static guint ndr_epoch;

static expert_field ei_ndr_count_exceeds_data = EI_INIT;
static expert_field ei_ndr_conformance_mismatch = EI_INIT;
static expert_field ei_ndr_string_counts = EI_INIT;
static expert_field ei_ndr_string_unterminated = EI_INIT;
static expert_field ei_ndr_union_switch_mismatch = EI_INIT;
static expert_field ei_ndr_union_unknown_arm = EI_INIT;
static expert_field ei_ndr_too_deep = EI_INIT;
static expert_field ei_ndr_trailing_data = EI_INIT;
static expert_field ei_ndr_enum_range = EI_INIT;
static expert_field ei_ndr_enum_unknown = EI_INIT;
static expert_field ei_ndr_range = EI_INIT;

static void
ndr_referent_id32_fmt(gchar *label, guint64 value)
{
    g_snprintf(label, ITEM_LABEL_LENGTH, "0x%08" G_GINT64_MODIFIER "x", value);
}

/* A referent ID with as many hex digits as the wire has, or NULL. */
static void
ndr_pointer_fmt(gchar *label, guint64 value, int digits)
{
    if (value)
        g_snprintf(label, ITEM_LABEL_LENGTH, "0x%0*" G_GINT64_MODIFIER "x", digits, value);
    else
        g_strlcpy(label, "NULL", ITEM_LABEL_LENGTH);
}

static void
ndr_pointer32_fmt(gchar *label, guint64 value)
{
    ndr_pointer_fmt(label, value, 8);
}

static void
ndr_pointer64_fmt(gchar *label, guint64 value)
{
    ndr_pointer_fmt(label, value, 16);
}

void
ndr_register(int proto)
{
    static hf_register_info hf[] = {
        /* 64 bits: NDR64 sends these as 8 bytes, NDR 2.0 as 4 */
        { &hf_ndr_referent_id64, { "Referent ID", "dhcpm.ndr.referent_id", FT_UINT64, BASE_HEX,
          NULL, 0x0, "NDR pointer referent; 0 is a NULL pointer", HFILL } },
        /* NDR 2.0: 8 hex digits, as many as the wire has; custom, so that the label is
         * only formatted when shown */
        { &hf_ndr_referent_id, { "Referent ID", "dhcpm.ndr.referent_id", FT_UINT64, BASE_CUSTOM,
          CF_FUNC(ndr_referent_id32_fmt), 0x0, "NDR pointer referent; 0 is a NULL pointer", HFILL } },
        { &hf_ndr_pointer, { "Pointer", "dhcpm.ndr.pointer", FT_NONE, BASE_NONE,
          NULL, 0x0, "NDR pointer: its referent ID, then where it points", HFILL } },
        { &hf_ndr_max_count, { "Max count", "dhcpm.ndr.max_count", FT_UINT64, BASE_DEC,
          NULL, 0x0, "NDR conformance: elements allocated", HFILL } },
        { &hf_ndr_offset, { "Offset", "dhcpm.ndr.offset", FT_UINT64, BASE_DEC,
          NULL, 0x0, "NDR variance: first element transmitted", HFILL } },
        { &hf_ndr_actual_count, { "Actual count", "dhcpm.ndr.actual_count", FT_UINT64, BASE_DEC,
          NULL, 0x0, "NDR variance: elements transmitted", HFILL } },
        /* 32 bits: an enum discriminant is 4 bytes in NDR64 */
        { &hf_ndr_union_switch, { "Union discriminant", "dhcpm.ndr.union_switch", FT_UINT32, BASE_DEC,
          NULL, 0x0, "NDR union arm selector as sent on the wire", HFILL } },
    };
    static gint *ett[] = { &ett_ndr_pointer };
    static ei_register_info ei[] = {
        { &ei_ndr_count_exceeds_data, { "dhcpm.expert.ndr_count_exceeds_data", PI_MALFORMED, PI_ERROR,
          "NDR count or length larger than the data left in the stub", EXPFILL } },
        { &ei_ndr_conformance_mismatch, { "dhcpm.expert.ndr_conformance_mismatch", PI_PROTOCOL, PI_ERROR,
          "NDR array max_count differs from its size_is member", EXPFILL } },
        { &ei_ndr_string_counts, { "dhcpm.expert.ndr_string_counts", PI_MALFORMED, PI_WARN,
          "NDR string with offset not 0 or actual_count above max_count", EXPFILL } },
        { &ei_ndr_string_unterminated, { "dhcpm.expert.ndr_string_unterminated", PI_PROTOCOL, PI_WARN,
          "NDR [string] without its terminating NUL", EXPFILL } },
        { &ei_ndr_union_switch_mismatch, { "dhcpm.expert.ndr_union_switch_mismatch", PI_PROTOCOL, PI_ERROR,
          "Union discriminant differs from the member that selects it", EXPFILL } },
        { &ei_ndr_union_unknown_arm, { "dhcpm.expert.ndr_union_unknown_arm", PI_MALFORMED, PI_ERROR,
          "Union discriminant selects no arm", EXPFILL } },
        { &ei_ndr_too_deep, { "dhcpm.expert.ndr_too_deep", PI_MALFORMED, PI_ERROR,
          "NDR pointers nested deeper than the IDL allows", EXPFILL } },
        { &ei_ndr_trailing_data, { "dhcpm.expert.ndr_trailing_data", PI_MALFORMED, PI_WARN,
          "Stub bytes after the last parameter", EXPFILL } },
        { &ei_ndr_enum_range, { "dhcpm.expert.ndr_enum_range", PI_MALFORMED, PI_WARN,
          "NDR64 enum value that does not fit the 16 bits of an NDR enum", EXPFILL } },
        { &ei_ndr_enum_unknown, { "dhcpm.expert.ndr_enum_unknown", PI_PROTOCOL, PI_WARN,
          "Enum value that its type does not define", EXPFILL } },
        { &ei_ndr_range, { "dhcpm.expert.ndr_range", PI_PROTOCOL, PI_WARN,
          "Parameter outside the range its [range] attribute allows", EXPFILL } },
    };

    proto_register_field_array(proto, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
    expert_register_field_array(expert_register_protocol(proto), ei, array_length(ei));
}

void
ndr_register_prefs(module_t *prefs)
{
    prefs_register_bool_preference(prefs, "ndr_details",
        "Show NDR transfer details",
        "Show each pointer's referent ID (\"Pointer to ...\", NULL pointers included), "
        "the max count, offset and actual count of strings and arrays, and the wire copy of "
        "a union's discriminant, as Wireshark's IDL-generated dissectors do. Off, these are "
        "shown only where they are wrong or where a filter, a column or -e asks for them.",
        &ndr_details);
}

void
ndr_register_pointers(int proto, int *const *pointees, guint n)
{
    hf_register_info *hf = wmem_alloc0_array(wmem_epan_scope(), hf_register_info, 2 * n);
    int *ids = wmem_alloc_array(wmem_epan_scope(), int, 2 * n);
    guint i;
    int max = -1;

    for (i = 0; i < 2 * n; i++) {
        ids[i] = -1;
        hf[i].p_id = &ids[i];
        hf[i].hfinfo.name = i % 2 ? hf[i - 1].hfinfo.name
            : wmem_strconcat(wmem_epan_scope(), "Pointer to ",
                             proto_registrar_get_name(*pointees[i / 2]), NULL);
        hf[i].hfinfo.abbrev = "dhcpm.ndr.referent_id";
        hf[i].hfinfo.type = FT_UINT64;
        hf[i].hfinfo.display = BASE_CUSTOM;
        hf[i].hfinfo.strings = i % 2 ? CF_FUNC(ndr_pointer64_fmt) : CF_FUNC(ndr_pointer32_fmt);
        hf[i].hfinfo.blurb = "NDR pointer referent; 0 is a NULL pointer";
        HFILL_INIT(hf[i]);
        if (*pointees[i / 2] > max)
            max = *pointees[i / 2];
    }
    proto_register_field_array(proto, hf, (int)(2 * n));
    n_pointer_hf_by_pointee = max + 1;
    pointer_hf_by_pointee = wmem_alloc_array(wmem_epan_scope(), ndr_pointer_hfs_t,
                                             n_pointer_hf_by_pointee);
    for (i = 0; i < (guint)n_pointer_hf_by_pointee; i++)
        pointer_hf_by_pointee[i].hf[0] = pointer_hf_by_pointee[i].hf[1] = -1;
    for (i = 0; i < n; i++) {
        pointer_hf_by_pointee[*pointees[i]].hf[0] = ids[2 * i];
        pointer_hf_by_pointee[*pointees[i]].hf[1] = ids[2 * i + 1];
    }
}

void
ndr_register_macs(int *const *pairs, guint n)
{
    guint i;
    int max = -1;

    for (i = 0; i < n; i++)
        if (*pairs[2 * i] > max)
            max = *pairs[2 * i];
    if (max < 0)
        return;
    n_mac_hf_by_bytes = max + 1;
    mac_hf_by_bytes = wmem_alloc0_array(wmem_epan_scope(), int, n_mac_hf_by_bytes);
    for (i = 0; i < n; i++)
        mac_hf_by_bytes[*pairs[2 * i]] = *pairs[2 * i + 1] + 1;
}

void
ndr_ctx_init(ndr_ctx_t *ctx, tvbuff_t *tvb, packet_info *pinfo, const guint8 *drep,
             gboolean ndr64, const ndr_observer_t *observer, void *user)
{
    ctx->tvb = tvb;
    ctx->pinfo = pinfo;
    ctx->encoding = (drep[0] & 0x10) ? ENC_LITTLE_ENDIAN : ENC_BIG_ENDIAN;
    ctx->ndr64 = ndr64;
    ctx->deferred = NULL;
    ctx->n_deferred = ctx->max_deferred = ctx->deferred_start = 0;
    ctx->depth = 0;
    ctx->observer = observer;
    ctx->user = user;
    ctx->item = NULL;
    ctx->counts_shown = -1;
    ctx->all = TRUE;
    ctx->quiet = FALSE;
    ctx->promised = FALSE;
    ctx->epoch = ++ndr_epoch;
}

/* Whether something reads field hf in this PDU: the tree (a filter, a
 * column, -e, a shown tree) or the observer. */
static gboolean
ndr_asked(ndr_ctx_t *ctx, proto_tree *tree, int hf)
{
    if (tree && proto_field_is_referenced(tree, hf))
        return TRUE;
    return !ctx->observer || !ctx->observer->value_wanted ||
           ctx->observer->value_wanted(ctx, hf);
}

static gboolean
ndr_asked_as(ndr_ctx_t *ctx, proto_tree *tree, int hf)
{
    int mac_hf = hf < n_mac_hf_by_bytes ? mac_hf_by_bytes[hf] - 1 : -1;

    return ndr_asked(ctx, tree, hf) || (mac_hf >= 0 && ndr_asked(ctx, tree, mac_hf));
}

gboolean
ndr_quiet_begin(ndr_ctx_t *ctx, proto_tree **tree, int hf_index, ndr_need_t *need)
{
    guint i;

    if (ctx->quiet || ctx->all)
        return ctx->quiet;
    if (need->epoch != ctx->epoch) {
        need->needed = FALSE;
        for (i = 0; i < need->n_hfs && !need->needed; i++)
            need->needed = ndr_asked(ctx, *tree, *need->hfs[i]);
        need->epoch = ctx->epoch;
    }
    /* the field its caller names it by (a filter on "dhcpm.relationship"),
     * which a structure of a general type may also give one of its members
     * (a byte array, and the Ethernet address it holds) */
    if (!need->needed && !(hf_index >= 0 && ndr_asked_as(ctx, *tree, hf_index))) {
        ctx->quiet = TRUE;
        *tree = NULL;
    }
    return FALSE;
}

void
ndr_wants_changed(ndr_ctx_t *ctx)
{
    ctx->epoch = ++ndr_epoch;
}

gboolean
ndr_details_asked(proto_tree *tree)
{
    return tree && (proto_field_is_referenced(tree, hf_ndr_referent_id) ||
                    proto_field_is_referenced(tree, hf_ndr_referent_id64) ||
                    proto_field_is_referenced(tree, hf_ndr_max_count) ||
                    proto_field_is_referenced(tree, hf_ndr_offset) ||
                    proto_field_is_referenced(tree, hf_ndr_actual_count) ||
                    proto_field_is_referenced(tree, hf_ndr_union_switch));
}

int
ndr_struct_trailer(ndr_ctx_t *ctx, int offset, int ndr64_alignment)
{
    return ctx->ndr64 ? ndr_align(ctx, offset, ndr64_alignment) : offset;
}

/* Adds an expert info and abandons this PDU: what follows cannot be found. */
static void
ndr_malformed(ndr_ctx_t *ctx, proto_tree *tree, expert_field *ei, int offset, const char *what,
              guint64 claimed)
{
    proto_tree_add_expert_format(tree, ctx->pinfo, ei, ctx->tvb, offset, -1,
                                 "%s %" G_GUINT64_FORMAT " needs more than the %d bytes left",
                                 what, claimed, tvb_reported_length_remaining(ctx->tvb, offset));
    THROW(ReportedBoundsError);
}

static void
ndr_note_uint(ndr_ctx_t *ctx, int hf, guint32 value)
{
    if (ctx->observer && ctx->observer->uint_value && !ctx->quiet)
        ctx->observer->uint_value(ctx, hf, value);
}

static void
ndr_note_u64(ndr_ctx_t *ctx, int hf, ndr_u64_kind_t kind, guint64 value)
{
    if (ctx->observer && ctx->observer->u64_value && !ctx->quiet)
        ctx->observer->u64_value(ctx, hf, kind, value);
}

static void
ndr_note_bytes(ndr_ctx_t *ctx, int hf, int offset, int length)
{
    if (ctx->observer && ctx->observer->bytes_value && !ctx->quiet)
        ctx->observer->bytes_value(ctx, hf, offset, length);
}

/* Whether an item of field hf goes into the tree.  In a tree nobody sees
 * (tshark without -V, a display filter, a tap; -T fields from 4.2 on)
 * Wireshark "fakes" the items no filter, column, tap or -e asks for, but
 * only under an item of its own: the tree DCE/RPC hands a sub-dissector may
 * be the root, where it fakes nothing and every item would be built.
 * Asking first skips the item and all the work for it.  Every reader of a
 * field (filters, -e, custom columns, Lua) marks it referenced, so nothing
 * that is read goes missing; an item that carries an expert is always
 * added. */
static inline gboolean
ndr_shown(proto_tree *tree, int hf)
{
    return tree != NULL && proto_field_is_referenced(tree, hf);
}

/* Whether a value of the transfer syntax itself (a referent ID, a count)
 * goes into the tree.  With the ndr_details preference, as ndr_shown;
 * without it, only when something reads that field: a filter, a custom
 * column, Lua or (from 4.2) -e mark it referenced for the dissection, even
 * in a tree that is shown. */
static inline gboolean
ndr_detail_shown(proto_tree *tree, int hf)
{
    if (!tree)
        return FALSE;
    if (ndr_details)
        return proto_field_is_referenced(tree, hf);
    return proto_registrar_get_nth((guint)hf)->ref_type != HF_REF_TYPE_NONE;
}

/* The three counts of a string are shown together; whether they are is the
 * same for the whole PDU (it depends on the tree, not on the node), so it is
 * asked once. */
static gboolean
ndr_counts_shown(ndr_ctx_t *ctx, proto_tree *tree)
{
    if (!tree)
        return FALSE;
    if (ctx->counts_shown < 0)
        ctx->counts_shown = ndr_detail_shown(tree, hf_ndr_max_count) ||
                            ndr_detail_shown(tree, hf_ndr_offset) ||
                            ndr_detail_shown(tree, hf_ndr_actual_count);
    return ctx->counts_shown != 0;
}

/* The tvb_get before has checked the bytes and read the value: adding it
 * as a value skips proto_tree_add_item's second read and its dispatch on
 * the field type (a third of its cost).  An NDR IPv4 address is an
 * integer whose most significant byte is the first octet. */
static inline void
ndr_scalar_item(ndr_ctx_t *ctx, proto_tree *tree, int hf, enum ftenum type, int offset, int size,
                guint32 v)
{
    switch (type) {
    case FT_IPv4:
        proto_tree_add_ipv4(tree, hf, ctx->tvb, offset, size, g_htonl(v));
        break;
    case FT_BOOLEAN:
        proto_tree_add_boolean(tree, hf, ctx->tvb, offset, size, v);
        break;
    default:
        proto_tree_add_uint(tree, hf, ctx->tvb, offset, size, v);
        break;
    }
}

static int
ndr_scalar(ndr_ctx_t *ctx, proto_tree *tree, int offset, int size, int hf, guint32 *value)
{
    guint32 v;

    offset = ndr_align(ctx, offset, size);
    switch (size) {
    case 1:
        v = tvb_get_guint8(ctx->tvb, offset);
        break;
    case 2:
        v = tvb_get_guint16(ctx->tvb, offset, ctx->encoding);
        break;
    default:
        v = tvb_get_guint32(ctx->tvb, offset, ctx->encoding);
        break;
    }
    if (ndr_shown(tree, hf))
        ndr_scalar_item(ctx, tree, hf, proto_registrar_get_ftype(hf), offset, size, v);
    ndr_note_uint(ctx, hf, v);
    if (value)
        *value = v;
    return offset + size;
}

int
ndr_uint8(ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf, guint32 *value)
{
    return ndr_scalar(ctx, tree, offset, 1, hf, value);
}

int
ndr_uint16(ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf, guint32 *value)
{
    return ndr_scalar(ctx, tree, offset, 2, hf, value);
}

int
ndr_uint32(ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf, guint32 *value)
{
    return ndr_scalar(ctx, tree, offset, 4, hf, value);
}

/* Whether an enum value is one its type defines: in the mask, or else in
 * the field's value names; or one whose check the owner makes itself. */
static gboolean
ndr_enum_known(ndr_ctx_t *ctx, int hf, guint64 valid, guint32 v)
{
    header_field_info *hfi;

    if (valid) {
        if (v < 64 && (valid >> v) & 1)
            return TRUE;
    } else {
        hfi = proto_registrar_get_nth((guint)hf);
        if (!hfi->strings || (hfi->display & BASE_EXT_STRING) ||
            try_val_to_str(v, (const value_string *)hfi->strings))
            return TRUE;
    }
    return ctx->observer && ctx->observer->enum_checked && ctx->observer->enum_checked(ctx, hf);
}

/* NDR 2.0 sends an enum without v1_enum as 16 bits, NDR64 as 32 bits
 * (MS-RPCE 2.2.5.2); the value range is the same, so one field shows both. */
int
ndr_enum16(ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf, guint64 valid, guint32 *value)
{
    guint32 v;
    int size = ctx->ndr64 ? 4 : 2;
    gboolean known, fits;
    proto_item *pi = NULL;

    offset = ndr_align(ctx, offset, size);
    v = size == 2 ? tvb_get_guint16(ctx->tvb, offset, ctx->encoding)
                  : tvb_get_guint32(ctx->tvb, offset, ctx->encoding);
    fits = v <= G_MAXUINT16 || ctx->quiet;
    /* quietly: nobody can see the expert */
    known = ctx->quiet || ndr_enum_known(ctx, hf, valid, v);
    if (ndr_shown(tree, hf) || ((!fits || !known) && tree))
        pi = proto_tree_add_uint(tree, hf, ctx->tvb, offset, size, v);
    if (!fits)
        expert_add_info_format(ctx->pinfo, pi, &ei_ndr_enum_range,
                               "Enum value %u does not fit 16 bits", v);
    else if (!known)
        expert_add_info_format(ctx->pinfo, pi, &ei_ndr_enum_unknown,
                               "%s %u is not a value of its type", proto_registrar_get_name(hf), v);
    ndr_note_uint(ctx, hf, v);
    if (value)
        *value = v;
    return offset + size;
}

int
ndr_uint64(ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf)
{
    guint64 v;

    offset = ndr_align(ctx, offset, 8);
    v = tvb_get_guint64(ctx->tvb, offset, ctx->encoding);
    if (ndr_shown(tree, hf)) {
        if (proto_registrar_get_ftype(hf) == FT_INT64)
            proto_tree_add_int64(tree, hf, ctx->tvb, offset, 8, (gint64)v);
        else
            proto_tree_add_uint64(tree, hf, ctx->tvb, offset, 8, v);
    }
    ndr_note_u64(ctx, hf, NDR_U64_NUMBER, v);
    return offset + 8;
}

int
ndr_ipv6(ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf)
{
    ws_in6_addr addr;
    guint64 half;
    int i;

    offset = ndr_align(ctx, offset, 8);
    /* the address's first byte is the most significant of the high half */
    half = tvb_get_guint64(ctx->tvb, offset, ctx->encoding);
    for (i = 0; i < 8; i++)
        addr.bytes[i] = (guint8)(half >> (56 - 8 * i));
    half = tvb_get_guint64(ctx->tvb, offset + 8, ctx->encoding);
    for (i = 0; i < 8; i++)
        addr.bytes[8 + i] = (guint8)(half >> (56 - 8 * i));
    if (ndr_shown(tree, hf))
        proto_tree_add_ipv6(tree, hf, ctx->tvb, offset, 16, &addr);
    if (ctx->observer && ctx->observer->ipv6_value && !ctx->quiet)
        ctx->observer->ipv6_value(ctx, hf, &addr);
    return offset + 16;
}

int
ndr_dword_dword(ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf)
{
    guint64 v;

    offset = ndr_align(ctx, offset, 4);
    v = (guint64)tvb_get_guint32(ctx->tvb, offset, ctx->encoding) << 32;
    v |= tvb_get_guint32(ctx->tvb, offset + 4, ctx->encoding);
    if (ndr_shown(tree, hf))
        proto_tree_add_uint64(tree, hf, ctx->tvb, offset, 8, v);
    ndr_note_u64(ctx, hf, NDR_U64_NUMBER, v);
    return offset + 8;
}

int
ndr_fixed_bytes(ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf, int n)
{
    if (ndr_shown(tree, hf))
        proto_tree_add_item(tree, hf, ctx->tvb, offset, n, ENC_NA);
    else
        tvb_ensure_bytes_exist(ctx->tvb, offset, n);
    ndr_note_bytes(ctx, hf, offset, n);
    return offset + n;
}

void
ndr_check_range(ndr_ctx_t *ctx, proto_tree *tree, int hf, guint32 value, guint32 lo, guint32 hi)
{
    if (value < lo || value > hi)
        proto_tree_add_expert_format(tree, ctx->pinfo, &ei_ndr_range, ctx->tvb, 0, 0,
                                     "%s %u outside its range %u-%u",
                                     proto_registrar_get_name(hf), value, lo, hi);
}

int
ndr_time32(ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf)
{
    offset = ndr_align(ctx, offset, 4);
    if (ndr_shown(tree, hf))
        proto_tree_add_item(tree, hf, ctx->tvb, offset, 4, ENC_TIME_SECS | ctx->encoding);
    else
        tvb_ensure_bytes_exist(ctx->tvb, offset, 4);
    if (ctx->observer && ctx->observer->u64_value && !ctx->quiet)
        ndr_note_u64(ctx, hf, NDR_U64_TIME_T, tvb_get_guint32(ctx->tvb, offset, ctx->encoding));
    return offset + 4;
}

int
ndr_filetime(ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf)
{
    guint64 ticks;
    nstime_t ts;
    proto_item *pi;

    offset = ndr_align(ctx, offset, 4);
    ticks = tvb_get_guint32(ctx->tvb, offset, ctx->encoding);
    ticks |= (guint64)tvb_get_guint32(ctx->tvb, offset + 4, ctx->encoding) << 32;
    ndr_note_u64(ctx, hf, NDR_U64_FILETIME, ticks);
    if (!ndr_shown(tree, hf))
        return offset + 8;
    if (!filetime_to_nstime(&ts, ticks))
        nstime_set_zero(&ts);
    pi = proto_tree_add_time(tree, hf, ctx->tvb, offset, 8, &ts);
    if (ticks == 0)
        proto_item_append_text(pi, " (zero: not set)");
    else if (ticks == NDR_FILETIME_INFINITE)
        proto_item_append_text(pi, " (infinite)");
    return offset + 8;
}

int
ndr_bitmap32(ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf, int ett,
             int * const *bits, guint32 *value)
{
    guint32 v;

    offset = ndr_align(ctx, offset, 4);
    v = tvb_get_guint32(ctx->tvb, offset, ctx->encoding);
    proto_tree_add_bitmask(tree, ctx->tvb, offset, hf, ett, bits, ctx->encoding);
    ndr_note_uint(ctx, hf, v);
    if (value)
        *value = v;
    return offset + 4;
}

proto_tree *
ndr_struct_tree(ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf, int ett, proto_item **item)
{
    if (ctx->observer && ctx->observer->struct_begin && !ctx->quiet)
        ctx->observer->struct_begin(ctx, hf);
    /* not shown: its members go where it would have been, as when
     * Wireshark fakes an item */
    if (!ndr_shown(tree, hf)) {
        *item = NULL;
        return tree;
    }
    *item = proto_tree_add_item(tree, hf, ctx->tvb, offset, -1, ENC_NA);
    return proto_item_add_subtree(*item, ett);
}

proto_tree *
ndr_struct_text_tree(ndr_ctx_t *ctx, proto_tree *tree, int offset, const char *label, int ett,
                     proto_item **item)
{
    if (ctx->observer && ctx->observer->struct_begin && !ctx->quiet)
        ctx->observer->struct_begin(ctx, -1);
    /* a text item: only a tree that is shown has it */
    if (!ndr_shown(tree, hf_text_only)) {
        *item = NULL;
        return tree;
    }
    return proto_tree_add_subtree(tree, ctx->tvb, offset, -1, ett, item, label);
}

/* A referent ID or a count: 4 bytes in NDR 2.0, 8 bytes in NDR64.  Read
 * only: the caller adds it (ndr_wide_item) when it is shown or carries an
 * expert.  *at is where it starts. */
static int
ndr_wide(ndr_ctx_t *ctx, int offset, guint64 *value, int *at)
{
    int size = ctx->ndr64 ? 8 : 4;

    offset = ndr_align(ctx, offset, size);
    *value = ctx->ndr64 ? tvb_get_guint64(ctx->tvb, offset, ctx->encoding)
                        : tvb_get_guint32(ctx->tvb, offset, ctx->encoding);
    *at = offset;
    return offset + size;
}

static proto_item *
ndr_wide_item(ndr_ctx_t *ctx, proto_tree *tree, int hf, int at, guint64 value)
{
    return proto_tree_add_uint64(tree, hf, ctx->tvb, at, ctx->ndr64 ? 8 : 4, value);
}

/* A new entry on the stack of pointees: at most one per pointer read, so
 * bounded by the stub. */
static ndr_deferred_t *
ndr_defer(ndr_ctx_t *ctx)
{
    if (ctx->n_deferred == ctx->max_deferred) {
        ctx->max_deferred = ctx->max_deferred ? 2 * ctx->max_deferred : 16;
        ctx->deferred = (ndr_deferred_t *)wmem_realloc(ctx->pinfo->pool, ctx->deferred,
                                                       ctx->max_deferred * sizeof(ndr_deferred_t));
    }
    return &ctx->deferred[ctx->n_deferred++];
}

int
ndr_pointer(ndr_ctx_t *ctx, proto_tree *tree, int offset, ndr_pointee_fn fn, int hf, guint64 arg)
{
    guint64 referent;
    int size = ctx->ndr64 ? 8 : 4;
    proto_tree *ptree = NULL;
    ndr_deferred_t *d;

    offset = ndr_align(ctx, offset, size);
    referent = ctx->ndr64 ? tvb_get_guint64(ctx->tvb, offset, ctx->encoding)
                          : tvb_get_guint32(ctx->tvb, offset, ctx->encoding);
    if (tree) {
        /* Plain items: Wireshark formats their labels only when it shows
         * them, not for -T fields or a filter. */
        int phf = hf >= 0 && hf < n_pointer_hf_by_pointee
                  ? pointer_hf_by_pointee[hf].hf[ctx->ndr64 ? 1 : 0] : -1;
        int rhf = ctx->ndr64 ? hf_ndr_referent_id64 : hf_ndr_referent_id;
        proto_item *pi;

        if (!ndr_detail_shown(tree, phf >= 0 ? phf : rhf)) {
            ptree = tree;       /* the pointee goes where the pointer would have been */
        } else if (phf >= 0) {
            pi = proto_tree_add_uint64(tree, phf, ctx->tvb, offset, size, referent);
            ptree = proto_item_add_subtree(pi, ett_ndr_pointer);
        } else {
            /* a pointee field passed in by its caller: no field of its own */
            pi = proto_tree_add_item(tree, hf_ndr_pointer, ctx->tvb, offset, size, ENC_NA);
            proto_item_set_text(pi, referent ? "Pointer to %s" : "Pointer to %s: NULL",
                                proto_registrar_get_name(hf));
            ptree = proto_item_add_subtree(pi, ett_ndr_pointer);
            proto_tree_add_uint64(ptree, rhf, ctx->tvb, offset, size, referent);
        }
    }
    if (referent != 0) {
        d = ndr_defer(ctx);
        d->fn = fn;
        d->tree = ptree;
        d->hf = hf;
        d->arg = arg;
        d->item = ctx->item;
        d->quiet = ctx->quiet;
        /* a value the owner waits for is on its way: what else it needs is
         * worked out again (later elements of an array may be quiet) */
        d->promised = !ctx->quiet && !ctx->all && ctx->observer &&
                      ctx->observer->value_promised && ctx->observer->value_promised(ctx, hf);
        if (d->promised)
            ndr_wants_changed(ctx);
    }
    return offset + size;
}

int
ndr_quiet_members(ndr_ctx_t *ctx, int offset, const ndr_quiet_member_t *members, guint n)
{
    int start = offset, at;
    guint i;
    guint64 referent;
    ndr_deferred_t *d;

    for (i = 0; i < n; i++) {
        offset = ndr_align(ctx, offset, ctx->ndr64 ? members[i].align64 : members[i].align20);
        offset += ctx->ndr64 ? members[i].size64 : members[i].size20;
    }
    /* throws as the first member past the end would have */
    tvb_ensure_bytes_exist(ctx->tvb, start, offset - start);
    for (i = 0, at = start; i < n; i++) {
        at = ndr_align(ctx, at, ctx->ndr64 ? members[i].align64 : members[i].align20);
        if (members[i].fn) {
            referent = ctx->ndr64 ? tvb_get_guint64(ctx->tvb, at, ctx->encoding)
                                  : tvb_get_guint32(ctx->tvb, at, ctx->encoding);
            if (referent != 0) {
                d = ndr_defer(ctx);
                d->fn = members[i].fn;
                d->tree = NULL;
                d->hf = *members[i].hf;
                d->arg = 0;
                d->item = ctx->item;
                d->quiet = TRUE;
                d->promised = FALSE;
            }
        }
        at += ctx->ndr64 ? members[i].size64 : members[i].size20;
    }
    return offset;
}

void
ndr_deferred_set_arg(ndr_ctx_t *ctx, guint slot, guint64 arg)
{
    if (slot < ctx->n_deferred)
        ctx->deferred[slot].arg = arg;
}

/* A pointee's own embedded pointees follow it before the next sibling's:
 * what a pointee queues goes after the entries waiting here and is
 * flushed as soon as it returns.  One array serves the whole stub, as a
 * stack: an entry is copied out before its pointee runs (the array may
 * grow), and the entries of a level are dropped when the level is done. */
int
ndr_flush_deferred(ndr_ctx_t *ctx, int offset)
{
    guint start = ctx->deferred_start, end = ctx->n_deferred, i;
    void *saved_item;
    gboolean saved_quiet, saved_promised;

    if (end == start)
        return offset;
    if (ctx->depth >= NDR_MAX_DEPTH) {
        proto_tree_add_expert(ctx->deferred[start].tree, ctx->pinfo, &ei_ndr_too_deep, ctx->tvb,
                              offset, -1);
        THROW(ReportedBoundsError);
    }
    ctx->depth++;
    saved_item = ctx->item;
    saved_quiet = ctx->quiet;
    saved_promised = ctx->promised;
    for (i = start; i < end; i++) {
        ndr_deferred_t d = ctx->deferred[i];

        /* A pointee belongs to the structure that held its pointer. */
        ctx->item = d.item;
        ctx->quiet = d.quiet;
        ctx->promised = d.promised;
        ctx->deferred_start = end;
        offset = d.fn(ctx, d.tree, offset, d.hf, d.arg);
        offset = ndr_flush_deferred(ctx, offset);
        ctx->n_deferred = end;
    }
    ctx->item = saved_item;
    ctx->quiet = saved_quiet;
    ctx->promised = saved_promised;
    ctx->deferred_start = start;
    ctx->n_deferred = start;
    ctx->depth--;
    return offset;
}

/* A UTF-16 string as UTF-8.  Names and addresses are nearly always ASCII:
 * those are copied unit by unit, at a twentieth of the cost of Wireshark's
 * general conversion, which takes every other string. */
static const char *
ndr_utf16_string(ndr_ctx_t *ctx, int offset, int len)
{
    const guint8 *p = tvb_get_ptr(ctx->tvb, offset, len);   /* throws past the end */
    char *out = (char *)wmem_alloc(ctx->pinfo->pool, len / 2 + 1);
    int i, lo = ctx->encoding == ENC_LITTLE_ENDIAN ? 0 : 1;

    for (i = 0; i < len; i += 2) {
        guint8 c = p[i + lo];

        /* not plain ASCII: the general conversion (out stays in the pool) */
        if (p[i + 1 - lo] != 0 || c == 0 || c >= 0x80)
            return (const char *)tvb_get_string_enc(ctx->pinfo->pool, ctx->tvb, offset, len,
                                                   ENC_UTF_16 | ctx->encoding);
        out[i / 2] = (char)c;
    }
    out[len / 2] = '\0';
    return out;
}

/* A string read quietly: its counts read at once, its characters stepped
 * over.  Wrong counts and a missing NUL would be expert infos nobody can
 * see (quiet); an actual_count past the stub still throws. */
static int
ndr_quiet_string(ndr_ctx_t *ctx, int offset)
{
    int size = ctx->ndr64 ? 8 : 4;
    guint64 actual;

    offset = ndr_align(ctx, offset, size);
    tvb_ensure_bytes_exist(ctx->tvb, offset, 3 * size);    /* throws past the end */
    actual = ctx->ndr64 ? tvb_get_guint64(ctx->tvb, offset + 2 * size, ctx->encoding)
                        : tvb_get_guint32(ctx->tvb, offset + 2 * size, ctx->encoding);
    offset += 3 * size;
    if (actual > (guint64)tvb_reported_length_remaining(ctx->tvb, offset) / 2)
        ndr_malformed(ctx, NULL, &ei_ndr_count_exceeds_data, offset, "String actual_count",
                      actual);
    tvb_ensure_bytes_exist(ctx->tvb, offset, (int)actual * 2);
    return offset + (int)actual * 2;
}

int
ndr_pointee_string(ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf, guint64 arg _U_)
{
    guint64 max_count, first, actual;
    int len, shown, at_max, at_first, at_actual;
    proto_item *pi = NULL;
    const char *str;
    gboolean counts_wrong, unterminated, want, in_tree;

    if (ctx->quiet)
        return ndr_quiet_string(ctx, offset);
    offset = ndr_wide(ctx, offset, &max_count, &at_max);
    offset = ndr_wide(ctx, offset, &first, &at_first);
    offset = ndr_wide(ctx, offset, &actual, &at_actual);
    counts_wrong = first != 0 || actual > max_count;
    /* actual_count is below 2^64: the check of the bytes it needs comes
     * after the counts are in the tree */
    unterminated = actual == 0 || actual > (guint64)tvb_reported_length_remaining(ctx->tvb, offset) / 2 ||
                   tvb_get_guint16(ctx->tvb, offset + (int)actual * 2 - 2, ctx->encoding) != 0;
    if (tree && (counts_wrong || unterminated || ndr_counts_shown(ctx, tree))) {
        ndr_wide_item(ctx, tree, hf_ndr_max_count, at_max, max_count);
        ndr_wide_item(ctx, tree, hf_ndr_offset, at_first, first);
        pi = ndr_wide_item(ctx, tree, hf_ndr_actual_count, at_actual, actual);
    }
    if (counts_wrong)
        expert_add_info_format(ctx->pinfo, pi, &ei_ndr_string_counts,
                               "String offset %" G_GUINT64_FORMAT ", actual_count %"
                               G_GUINT64_FORMAT ", max_count %" G_GUINT64_FORMAT,
                               first, actual, max_count);
    /* actual is now below the packet size, so it fits an int */
    if (actual > (guint64)tvb_reported_length_remaining(ctx->tvb, offset) / 2)
        ndr_malformed(ctx, tree, &ei_ndr_count_exceeds_data, offset, "String actual_count",
                      actual);
    len = (int)actual * 2;
    shown = len;
    if (!unterminated)
        shown -= 2;
    else
        expert_add_info(ctx->pinfo, pi, &ei_ndr_string_unterminated);
    want = ctx->observer && ctx->observer->string_value && !ctx->quiet &&
           (!ctx->observer->string_wanted || ctx->observer->string_wanted(ctx, hf));
    in_tree = ndr_shown(tree, hf);
    /* a string nobody shows or reads is not converted at all */
    if (!want && !in_tree) {
        tvb_ensure_bytes_exist(ctx->tvb, offset, len);
        return offset + len;
    }
    str = ndr_utf16_string(ctx, offset, shown);
    /* The string is not repeated on its pointer's line: appending text
     * makes Wireshark format that label at once, shown or not (about 2,000
     * instructions a string in -T fields). */
    if (in_tree)
        proto_tree_add_string(tree, hf, ctx->tvb, offset, len, str);
    if (want)
        ctx->observer->string_value(ctx, hf, str);
    return offset + len;
}

/* An array's max_count, in the tree when shown or when it disagrees with
 * its size_is member. */
static void
ndr_check_conformance(ndr_ctx_t *ctx, proto_tree *tree, int at, guint64 max_count,
                      guint64 size_is)
{
    proto_item *count_item = NULL;
    gboolean wrong = size_is != NDR_SIZE_IS_ANY && max_count != size_is;

    if (tree && (wrong || ndr_counts_shown(ctx, tree)))
        count_item = ndr_wide_item(ctx, tree, hf_ndr_max_count, at, max_count);
    if (wrong)
        expert_add_info_format(ctx->pinfo, count_item, &ei_ndr_conformance_mismatch,
                               "Array max_count %" G_GUINT64_FORMAT
                               ", but its size_is member says %" G_GUINT64_FORMAT,
                               max_count, size_is);
}

/* The Ethernet address a client identifier holds, if any (ndr.h). */
static void
ndr_mac(ndr_ctx_t *ctx, proto_tree *tree, int hf, int offset, int len)
{
    int mac_hf = hf >= 0 && hf < n_mac_hf_by_bytes ? mac_hf_by_bytes[hf] - 1 : -1;
    int at;
    gboolean want = ctx->observer && ctx->observer->bytes_value && !ctx->quiet;

    if (mac_hf < 0 || !(want || ndr_shown(tree, mac_hf)))
        return;
    if (len == 6)
        at = offset;
    else if (len == 7 && tvb_get_guint8(ctx->tvb, offset) == 1)
        at = offset + 1;
    else if (len == 11 && tvb_get_guint8(ctx->tvb, offset + 4) == 1)
        at = offset + 5;
    else
        return;
    if (ndr_shown(tree, mac_hf))
        proto_item_set_generated(proto_tree_add_item(tree, mac_hf, ctx->tvb, at, 6, ENC_NA));
    ndr_note_bytes(ctx, mac_hf, at, 6);
}

int
ndr_pointee_bytes(ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf, guint64 size_is)
{
    guint64 max_count;
    int at;

    offset = ndr_wide(ctx, offset, &max_count, &at);
    ndr_check_conformance(ctx, tree, at, max_count, size_is);
    if (max_count > (guint64)tvb_reported_length_remaining(ctx->tvb, offset))
        ndr_malformed(ctx, tree, &ei_ndr_count_exceeds_data, offset, "Byte array max_count",
                      max_count);
    if (ndr_shown(tree, hf))
        proto_tree_add_item(tree, hf, ctx->tvb, offset, (int)max_count, ENC_NA);
    ndr_note_bytes(ctx, hf, offset, (int)max_count);
    ndr_mac(ctx, tree, hf, offset, (int)max_count);
    return offset + (int)max_count;
}

int
ndr_pointee_wchars(ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf, guint64 size_is)
{
    guint64 max_count;
    int at, len, i;
    const char *str;
    gboolean want, in_tree;

    offset = ndr_wide(ctx, offset, &max_count, &at);
    ndr_check_conformance(ctx, tree, at, max_count, size_is);
    if (max_count > (guint64)tvb_reported_length_remaining(ctx->tvb, offset) / 2)
        ndr_malformed(ctx, tree, &ei_ndr_count_exceeds_data, offset, "Character array max_count",
                      max_count);
    len = (int)max_count * 2;
    want = ctx->observer && ctx->observer->string_value && !ctx->quiet &&
           (!ctx->observer->string_wanted || ctx->observer->string_wanted(ctx, hf));
    in_tree = ndr_shown(tree, hf);
    if (!want && !in_tree) {
        tvb_ensure_bytes_exist(ctx->tvb, offset, len);
        return offset + len;
    }
    /* the text is what precedes the first NUL; the rest is the buffer's */
    for (i = 0; i < len && tvb_get_guint16(ctx->tvb, offset + i, ctx->encoding) != 0; i += 2)
        ;
    str = ndr_utf16_string(ctx, offset, i);
    if (in_tree)
        proto_tree_add_string(tree, hf, ctx->tvb, offset, len, str);
    if (want)
        ctx->observer->string_value(ctx, hf, str);
    return offset + len;
}

/* An array's max_count, checked against its size_is member and against
 * the stub: every element takes at least min_size bytes, so a count the
 * stub cannot hold is refused before any loop, which is then bounded by
 * the packet.  max_count is below 2^64 and min_size below 2^16, but their
 * product may not fit 64 bits: divide instead. */
static int
ndr_array_count(ndr_ctx_t *ctx, proto_tree *tree, int offset, guint64 size_is, int min_size,
                guint64 *max_count)
{
    int at;

    offset = ndr_wide(ctx, offset, max_count, &at);
    ndr_check_conformance(ctx, tree, at, *max_count, size_is);
    if (*max_count > (guint64)tvb_reported_length_remaining(ctx->tvb, offset) / (guint64)min_size)
        ndr_malformed(ctx, tree, &ei_ndr_count_exceeds_data, offset, "Array max_count",
                      *max_count);
    return offset;
}

int
ndr_conformant_array(ndr_ctx_t *ctx, proto_tree *tree, int offset, guint64 size_is,
                     int min_size20, int min_size64, ndr_element_fn element, int hf)
{
    guint64 max_count, i;

    offset = ndr_array_count(ctx, tree, offset, size_is, ctx->ndr64 ? min_size64 : min_size20,
                             &max_count);
    for (i = 0; i < max_count; i++)
        offset = element(ctx, tree, offset, hf);
    return offset;
}

/* The same for 4-byte scalars (a scope list has hundreds): what is asked
 * for every element by ndr_scalar is asked once for the array. */
int
ndr_conformant_array_uint32(ndr_ctx_t *ctx, proto_tree *tree, int offset, guint64 size_is, int hf)
{
    guint64 max_count, i;
    enum ftenum type = ndr_shown(tree, hf) ? proto_registrar_get_ftype(hf) : FT_NONE;

    offset = ndr_array_count(ctx, tree, offset, size_is, 4, &max_count);
    offset = ndr_align(ctx, offset, 4);
    /* nobody reads the elements: skipped by their count */
    if (type == FT_NONE && (ctx->quiet || (!ctx->all && !ndr_asked(ctx, NULL, hf)))) {
        tvb_ensure_bytes_exist(ctx->tvb, offset, (int)max_count * 4);
        return offset + (int)max_count * 4;
    }
    for (i = 0; i < max_count; i++, offset += 4) {
        guint32 v = tvb_get_guint32(ctx->tvb, offset, ctx->encoding);

        if (type != FT_NONE)
            ndr_scalar_item(ctx, tree, hf, type, offset, 4, v);
        ndr_note_uint(ctx, hf, v);
    }
    return offset;
}

int
ndr_pointee_uint32s(ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf, guint64 size_is)
{
    return ndr_conformant_array_uint32(ctx, tree, offset, size_is, hf);
}

static int
ndr_union_switch(ndr_ctx_t *ctx, proto_tree *tree, int offset, int size, guint32 expected,
                 int ndr64_arm_alignment, guint32 *value)
{
    proto_item *pi;

    if (ctx->ndr64)
        offset = ndr_align(ctx, offset, ndr64_arm_alignment);
    offset = ndr_align(ctx, offset, size);
    *value = size == 2 ? tvb_get_guint16(ctx->tvb, offset, ctx->encoding)
                       : tvb_get_guint32(ctx->tvb, offset, ctx->encoding);
    pi = ndr_detail_shown(tree, hf_ndr_union_switch) || (tree && *value != expected)
         ? proto_tree_add_uint(tree, hf_ndr_union_switch, ctx->tvb, offset, size, *value)
         : NULL;
    if (*value != expected)
        expert_add_info_format(ctx->pinfo, pi, &ei_ndr_union_switch_mismatch,
                               "Union discriminant %u, but the member that selects it is %u",
                               *value, expected);
    offset += size;
    if (ctx->ndr64)
        offset = ndr_align(ctx, offset, ndr64_arm_alignment);
    return offset;
}

int
ndr_union_switch16(ndr_ctx_t *ctx, proto_tree *tree, int offset, guint32 expected,
                   int ndr64_arm_alignment, guint32 *value)
{
    return ndr_union_switch(ctx, tree, offset, 2, expected, ndr64_arm_alignment, value);
}

int
ndr_union_switch_enum(ndr_ctx_t *ctx, proto_tree *tree, int offset, guint32 expected,
                      int ndr64_arm_alignment, guint32 *value)
{
    return ndr_union_switch(ctx, tree, offset, ctx->ndr64 ? 4 : 2, expected,
                            ndr64_arm_alignment, value);
}

int
ndr_union_switch32(ndr_ctx_t *ctx, proto_tree *tree, int offset, guint32 expected,
                   int ndr64_arm_alignment, guint32 *value)
{
    return ndr_union_switch(ctx, tree, offset, 4, expected, ndr64_arm_alignment, value);
}

void
ndr_union_unknown_arm(ndr_ctx_t *ctx, proto_tree *tree, int offset, guint32 value)
{
    proto_tree_add_expert_format(tree, ctx->pinfo, &ei_ndr_union_unknown_arm, ctx->tvb, offset, -1,
                                 "Union discriminant %u selects no arm", value);
    THROW(ReportedBoundsError);
}

void
ndr_check_end(ndr_ctx_t *ctx, proto_tree *tree, int offset)
{
    int left = tvb_reported_length_remaining(ctx->tvb, offset);

    if (left > 0)
        proto_tree_add_expert_format(tree, ctx->pinfo, &ei_ndr_trailing_data, ctx->tvb, offset,
                                     left, "%d stub bytes after the last parameter", left);
}
