/* ndr.h: a small NDR reader for DCE/RPC stubs, in both transfer syntaxes:
 * NDR 2.0 (8a885d04-1ceb-11c9-9fe8-08002b104860) and NDR64
 * (71710533-beba-4937-8319-b5dbef9ccc36).
 *
 * libwireshark exports only scalar NDR helpers to plugins, so pointers,
 * deferral, conformant arrays, strings and unions live here.  The code
 * generated from idl/ calls these functions; nothing here knows MS-DHCPM.
 *
 * One description serves both syntaxes: the generated code says what comes
 * next and, where the layout differs, gives the alignment of each syntax;
 * the context knows which syntax the call uses.  NDR64 (MS-RPCE 2.2.5)
 * differs in: referent IDs and the counts of arrays and strings are 8
 * bytes, 8-aligned; an enum is 4 bytes; a structure is padded at its end to
 * a multiple of its alignment; a union's discriminant and arm are aligned to
 * the union's alignment.
 *
 * Every count read from the wire is checked against the bytes left in the
 * stub before anything loops over it or allocates for it, so the work done
 * is bounded by the size of the packet.  A value that cannot be decoded
 * gets an expert info and a ReportedBoundsError, which the DCE/RPC
 * dissector turns into a Malformed mark on this PDU only.
 */
#ifndef DHCPM_NDR_H
#define DHCPM_NDR_H

#include <epan/packet.h>
#include <epan/expert.h>
#include <epan/prefs.h>
#include <wsutil/inet_addr.h>

#include "compat.h"

typedef struct ndr_ctx ndr_ctx_t;

/* Dissects a pointee or an array element at offset; returns the new offset.
 * arg carries a size_is value for conformant arrays, 0 otherwise. */
typedef int (*ndr_pointee_fn)(ndr_ctx_t *ctx, proto_tree *tree, int offset,
                              int hf_index, guint64 arg);
/* The size_is of an array whose size the stub does not carry in this
 * direction (an [out] array sized by an [in] parameter): its max_count is
 * taken as it is. */
#define NDR_SIZE_IS_ANY G_MAXUINT64
typedef int (*ndr_element_fn)(ndr_ctx_t *ctx, proto_tree *tree, int offset,
                              int hf_index);

/* What a 64-bit value is, for u64_value. */
typedef enum {
    NDR_U64_NUMBER,             /* a hyper or a DWORD_DWORD */
    NDR_U64_FILETIME,           /* 100 ns ticks since 1601 */
    NDR_U64_TIME_T              /* seconds since 1970 */
} ndr_u64_kind_t;

/* Told of decoded values, for the code that summarises a call.
 * struct_begin (may be NULL) is told of each structure as it starts, with
 * its hf (-1 for a structure shown under a text label); it may
 * set ctx->item so that the values that follow, including those of the
 * structure's deferred pointees, arrive with that item set. */
typedef struct {
    void (*uint_value)(ndr_ctx_t *ctx, int hf_index, guint32 value);
    void (*string_value)(ndr_ctx_t *ctx, int hf_index, const char *value);
    /* whether string_value wants this field's value; NULL: every string */
    gboolean (*string_wanted)(ndr_ctx_t *ctx, int hf_index);
    void (*struct_begin)(ndr_ctx_t *ctx, int hf_index);
    /* an IPv6 address (may be NULL) */
    void (*ipv6_value)(ndr_ctx_t *ctx, int hf_index, const ws_in6_addr *value);
    /* whether the owner checks this enum's value itself (may be NULL):
     * then the runtime does not report a value its type lacks */
    gboolean (*enum_checked)(ndr_ctx_t *ctx, int hf_index);
    /* a 64-bit value or a time (may be NULL) */
    void (*u64_value)(ndr_ctx_t *ctx, int hf_index, ndr_u64_kind_t kind, guint64 value);
    /* bytes of the stub (may be NULL): a byte array, or the Ethernet
     * address one holds (then hf_index is the address's FT_ETHER field) */
    void (*bytes_value)(ndr_ctx_t *ctx, int hf_index, int offset, int length);
    /* whether the owner reads this field's values in this PDU (may be
     * NULL: every field); ndr_quiet_begin asks it */
    gboolean (*value_wanted)(ndr_ctx_t *ctx, int hf_index);
    /* A pointee of field hf_index is queued, not quiet (may be NULL).
     * TRUE: the owner takes it as the value it waits for, and no longer
     * wants that field's values but this pointee's (ctx->promised is set
     * while it is decoded), so that the rest of an array can be quiet. */
    gboolean (*value_promised)(ndr_ctx_t *ctx, int hf_index);
} ndr_observer_t;

/* The fields a type shows, its own and those of every type, pointee and
 * arm inside it, as the generator lists them; and whether any of them is
 * asked for in the PDU being decoded (epoch: which PDU). */
typedef struct {
    int *const *hfs;
    guint n_hfs;
    guint epoch;
    gboolean needed;
} ndr_need_t;

struct ndr_ctx {
    tvbuff_t *tvb;
    packet_info *pinfo;
    guint encoding;             /* ENC_LITTLE_ENDIAN or ENC_BIG_ENDIAN, from drep */
    gboolean ndr64;             /* transfer syntax NDR64, else NDR 2.0 */
    /* Pointees waiting for the end of the current item: a stack in
     * pinfo->pool; this level's are those from deferred_start on. */
    struct ndr_deferred *deferred;
    guint n_deferred, max_deferred, deferred_start;
    guint depth;                /* nesting of deferred pointees */
    const ndr_observer_t *observer;
    void *user;                 /* the owner's per-call state */
    void *item;                 /* the observer's handle for the structure being decoded */
    int counts_shown;           /* NDR counts in the tree: -1 not asked yet, 0, 1 */
    /* Everything is asked for: the tree is shown, experts can be seen or
     * the audit reads every value.  Else a type none of whose fields is
     * asked for is decoded quietly: read only for its size. */
    gboolean all;
    gboolean quiet;
    gboolean promised;          /* decoding a pointee value_promised took */
    guint epoch;                /* this PDU, for ndr_need_t */
};

void ndr_register(int proto);
/* Registers the "ndr_details" preference in the protocol's module.  Off
 * (the default), the transfer syntax's own values are left out of the
 * tree: pointers' referent IDs, the counts of strings and arrays and the
 * wire copy of a union's discriminant, which repeat what the members and
 * values already say.  Each still shows where it is wrong (with its
 * expert info) and where a filter, a column or -e asks for it. */
void ndr_register_prefs(module_t *prefs);
/* Registers a "Pointer to <name>" field (dhcpm.ndr.pointer) for each
 * pointee field, after those are registered; ndr_pointer uses it. */
void ndr_register_pointers(int proto, int *const *pointees, guint n);
/* Pairs of (byte array field, FT_ETHER field): a byte array that holds an
 * Ethernet address (6 bytes; 7 with hardware type 1 first; a DHCPv4 client
 * unique ID: 4 bytes of subnet, type 1, 6 bytes) also shows it as one. */
void ndr_register_macs(int *const *pairs, guint n);
void ndr_ctx_init(ndr_ctx_t *ctx, tvbuff_t *tvb, packet_info *pinfo,
                  const guint8 *drep, gboolean ndr64, const ndr_observer_t *observer,
                  void *user);

/* Lazy decoding.  A type none of whose fields a tree, filter, column, -e,
 * tap or check reads in this PDU is stepped over: its counts, referent IDs
 * and discriminants are still read, and checked against the stub, to find
 * where it ends; nothing is added to the tree, no value is told to the
 * observer, strings are not converted, arrays of fixed-size elements
 * are skipped by their count.  ndr_quiet_begin decides, at the start of a
 * structure or union (tree is set to NULL when quiet), and returns what
 * ndr_quiet_end restores. */
gboolean ndr_quiet_begin(ndr_ctx_t *ctx, proto_tree **tree, int hf_index, ndr_need_t *need);
static inline void
ndr_quiet_end(ndr_ctx_t *ctx, gboolean was_quiet)
{
    ctx->quiet = was_quiet;
}
/* The observer's value_wanted has changed its answers (it has the first
 * value it keeps of a field): the types' needs are worked out again. */
void ndr_wants_changed(ndr_ctx_t *ctx);

/* A member of a structure whose members are all values of up to 4 bytes
 * and pointers that carry no size (the generator lists them): its size and
 * alignment in NDR 2.0 and in NDR64; fn is the pointee of a pointer, NULL
 * for a value. */
typedef struct {
    guint8 size20, align20, size64, align64;
    ndr_pointee_fn fn;
    int *hf;
} ndr_quiet_member_t;

/* Such a structure read quietly: its members stepped over at once, their
 * bytes checked against the stub in one go, its pointers read and their
 * pointees queued (quiet), as member by member but at a fraction of the
 * cost.  Returns the offset after the last member. */
int ndr_quiet_members(ndr_ctx_t *ctx, int offset, const ndr_quiet_member_t *members, guint n);
/* Whether a filter, column or -e reads the transfer syntax's own values
 * (referent IDs, counts, discriminants): then nothing is quiet. */
gboolean ndr_details_asked(proto_tree *tree);

/* Offsets are relative to the start of the stub, where NDR alignment is
 * counted from; every NDR alignment is a power of two (1, 2, 4 or 8), so
 * a mask rounds up without a division, once per scalar. */
static inline int
ndr_align(ndr_ctx_t *ctx _U_, int offset, int alignment)
{
    return (offset + alignment - 1) & ~(alignment - 1);
}

/* Aligns to ndr20 or ndr64, whichever syntax the stub uses. */
static inline int
ndr_align_syntax(ndr_ctx_t *ctx, int offset, int ndr20, int ndr64)
{
    return ndr_align(ctx, offset, ctx->ndr64 ? ndr64 : ndr20);
}
/* The end of a structure: NDR64 pads it to a multiple of its alignment
 * (MS-RPCE 2.2.5.3.4.1); NDR 2.0 does not. */
int ndr_struct_trailer(ndr_ctx_t *ctx, int offset, int ndr64_alignment);

/* Scalars: hf may be an integer, FT_IPv4 or FT_BOOLEAN field; value may be NULL. */
int ndr_uint8(ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf, guint32 *value);
int ndr_uint16(ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf, guint32 *value);
int ndr_uint32(ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf, guint32 *value);
/* A hyper: 8 bytes, 8-aligned in both syntaxes (hf FT_UINT64 or FT_INT64). */
int ndr_uint64(ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf);
/* Two hypers, the high 64 bits of an IPv6 address first (hf FT_IPv6). */
int ndr_ipv6(ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf);
/* Two DWORDs, the high 32 bits of a 64-bit value first (hf FT_UINT64). */
int ndr_dword_dword(ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf);
/* A fixed array of n bytes (hf FT_BYTES). */
int ndr_fixed_bytes(ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf, int n);
/* A [range(lo, hi)] parameter: an expert info when value is outside. */
void ndr_check_range(ndr_ctx_t *ctx, proto_tree *tree, int hf, guint32 value, guint32 lo,
                     guint32 hi);
/* An enum without v1_enum: 16 bits in NDR 2.0, 32 bits in NDR64.  valid:
 * bit n set for each value n the enum defines, when all are below 64
 * (one test instead of a look in the field's value names); 0: look. */
int ndr_enum16(ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf, guint64 valid,
               guint32 *value);
/* A DWORD of seconds since 1970 (hf is FT_ABSOLUTE_TIME). */
int ndr_time32(ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf);
/* A FILETIME as two DWORDs, low first (hf is FT_ABSOLUTE_TIME). */
int ndr_filetime(ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf);
/* A DWORD of flags shown with one subfield per bit. */
int ndr_bitmap32(ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf, int ett,
                 int * const *bits, guint32 *value);

/* Structures: the item that holds a structure's members. */
proto_tree *ndr_struct_tree(ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf,
                            int ett, proto_item **item);
proto_tree *ndr_struct_text_tree(ndr_ctx_t *ctx, proto_tree *tree, int offset,
                                 const char *label, int ett, proto_item **item);

/* A unique (or embedded full/ref) pointer: reads the referent ID (4 bytes,
 * 8 in NDR64) and, when it is not NULL, queues fn to run when the
 * enclosing item is complete. */
int ndr_pointer(ndr_ctx_t *ctx, proto_tree *tree, int offset, ndr_pointee_fn fn,
                int hf, guint64 arg);
/* A pointer whose size_is names a member sent after it: the slot its
 * pointee takes if it is not NULL (read before ndr_pointer), and its
 * size, once that member is read. */
static inline guint
ndr_deferred_slot(ndr_ctx_t *ctx)
{
    return ctx->n_deferred;
}
void ndr_deferred_set_arg(ndr_ctx_t *ctx, guint slot, guint64 arg);
/* Runs the queued pointees, depth first, in NDR order. */
int ndr_flush_deferred(ndr_ctx_t *ctx, int offset);

/* Pointees shared by every type. */
int ndr_pointee_string(ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf, guint64 arg);
int ndr_pointee_bytes(ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf, guint64 size_is);
/* A conformant array of wchar_t that is not a [string]: shown as the text
 * before its first NUL (hf FT_STRING). */
int ndr_pointee_wchars(ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf, guint64 size_is);
/* A conformant array: max_count, then that many elements of at least
 * min_size20 (NDR 2.0) or min_size64 (NDR64) bytes each. */
int ndr_conformant_array(ndr_ctx_t *ctx, proto_tree *tree, int offset, guint64 size_is,
                         int min_size20, int min_size64, ndr_element_fn element, int hf);
/* A conformant array of 4-byte scalars: the same as ndr_conformant_array
 * with ndr_uint32 elements, with what is asked per element asked once. */
int ndr_conformant_array_uint32(ndr_ctx_t *ctx, proto_tree *tree, int offset, guint64 size_is,
                                int hf);
/* The same, as a pointee (or an array in place) */
int ndr_pointee_uint32s(ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf, guint64 size_is);

/* The discriminant of a non-encapsulated union; expected is the value of
 * the switch_is member.  The wire value decides which arm follows.
 * ndr64_arm_alignment is the largest alignment of the union's arms: NDR64
 * aligns the discriminant and then the arm to it (MS-RPCE 2.2.5.3.4.4);
 * NDR 2.0 aligns each to its own type, which the arm's own reader does.
 * switch16 reads an unsigned short discriminant, switch_enum an enum one
 * (4 bytes in NDR64). */
int ndr_union_switch16(ndr_ctx_t *ctx, proto_tree *tree, int offset, guint32 expected,
                       int ndr64_arm_alignment, guint32 *value);
int ndr_union_switch_enum(ndr_ctx_t *ctx, proto_tree *tree, int offset, guint32 expected,
                          int ndr64_arm_alignment, guint32 *value);
/* A 32-bit discriminant (switch_type ULONG), 4 bytes in both syntaxes. */
int ndr_union_switch32(ndr_ctx_t *ctx, proto_tree *tree, int offset, guint32 expected,
                       int ndr64_arm_alignment, guint32 *value);
/* A discriminant with no arm: nothing after it can be decoded. */
void ndr_union_unknown_arm(ndr_ctx_t *ctx, proto_tree *tree, int offset, guint32 value);

/* What is left of the stub after the last parameter. */
void ndr_check_end(ndr_ctx_t *ctx, proto_tree *tree, int offset);

#endif
