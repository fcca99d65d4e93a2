/* test_ndr.c: unit tests of the NDR runtime (plugin/ndr/ndr.c), GLib g_test.
 *
 * The runtime is run on hand-built NDR 2.0
 * and NDR64 stubs against a real proto tree of an initialised
 * libwireshark, and the tree, the expert infos and the exceptions are
 * checked: alignment, byte order, pointer deferral order, conformant
 * arrays, strings, unions, the depth guard and the malformed cases (counts
 * beyond the data, lengths that wrap in 32 or 64 bits, truncation).
 *
 * Test code, not plugin code: it may use GLib's allocator and assertions.
 */

#include <string.h>

#include <glib.h>
#include <epan/epan.h>
#include <epan/epan_dissect.h>
#include <epan/packet.h>
#include <epan/proto.h>
#include <epan/exceptions.h>
#include <epan/expert.h>
#include <epan/prefs.h>
#include <wiretap/wtap.h>
#include <wsutil/privileges.h>

#include "ndr/ndr.h"

static int proto_test = -1;
static int hf_u32 = -1;
static int hf_u16 = -1;
static int hf_u8 = -1;
static int hf_str = -1;
static int hf_bytes = -1;
static int hf_u64 = -1;
static int hf_ipv6 = -1;
static int hf_wchars = -1;
static int hf_enum = -1;
static int hf_hw = -1;
static int hf_mac = -1;

static const value_string enum_vals[] = { { 0, "Zero" }, { 1, "One" }, { 0, NULL } };

static void
register_test_protocol(void)
{
    static hf_register_info hf[] = {
        { &hf_u32, { "u32", "dhcpm.test.u32", FT_UINT32, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_u16, { "u16", "dhcpm.test.u16", FT_UINT16, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_u8, { "u8", "dhcpm.test.u8", FT_UINT8, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_str, { "str", "dhcpm.test.str", FT_STRING, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_bytes, { "bytes", "dhcpm.test.bytes", FT_BYTES, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_u64, { "u64", "dhcpm.test.u64", FT_UINT64, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_ipv6, { "ipv6", "dhcpm.test.ipv6", FT_IPv6, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_wchars, { "wchars", "dhcpm.test.wchars", FT_STRING, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_enum, { "enum", "dhcpm.test.enum", FT_UINT16, BASE_DEC, VALS(enum_vals), 0, NULL, HFILL } },
        { &hf_hw, { "hw", "dhcpm.test.hw", FT_BYTES, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_mac, { "mac", "dhcpm.test.mac", FT_ETHER, BASE_NONE, NULL, 0, NULL, HFILL } },
    };
    static int *const macs[] = { &hf_hw, &hf_mac };

    proto_test = proto_register_protocol("NDR runtime test", "DHCPM", "dhcpm");
    proto_register_field_array(proto_test, hf, G_N_ELEMENTS(hf));
    ndr_register(proto_test);
    ndr_register_prefs(prefs_register_protocol(proto_test, NULL));
    ndr_register_macs(macs, 1);
}

/* Sets the runtime's ndr_details preference, as -o dhcpm.ndr_details: does. */
static void
set_ndr_details(gboolean on)
{
    char arg[] = "dhcpm.ndr_details:FALSE";
    char *errmsg = NULL;

    if (on)
        strcpy(arg + strlen("dhcpm.ndr_details:"), "TRUE");
    g_assert_cmpint(prefs_set_pref(arg, &errmsg), ==, PREFS_SET_OK);
}

/* ---- a stub, a tree, a context ------------------------------------------- */

static epan_t *session;

typedef struct {
    frame_data fd;
    epan_dissect_t *edt;
    proto_tree *tree;
    tvbuff_t *tvb;
    ndr_ctx_t ctx;
    guint8 *data;
} fixture_t;

/* An empty dissection (its tree and packet_info) that the runtime fills. */
static void
fixture_open64(fixture_t *f, const guint8 *bytes, gsize len, gboolean little_endian,
               gboolean ndr64)
{
    guint8 drep[4] = { little_endian ? 0x10 : 0x00, 0, 0, 0 };

    memset(f, 0, sizeof(*f));
    f->edt = epan_dissect_new(session, TRUE, TRUE);
    f->fd.num = 1;
    f->edt->pi.fd = &f->fd;
    f->edt->pi.num = 1;         /* expert infos are dropped for frame 0 */
    f->tree = f->edt->tree;
    f->data = (guint8 *)g_memdup2(bytes, (guint)len);
    f->tvb = tvb_new_real_data(f->data, (guint)len, (gint)len);
    ndr_ctx_init(&f->ctx, f->tvb, &f->edt->pi, drep, ndr64, NULL, NULL);
}

/* NDR 2.0 */
static void
fixture_open(fixture_t *f, const guint8 *bytes, gsize len, gboolean little_endian)
{
    fixture_open64(f, bytes, len, little_endian, FALSE);
}

static void
fixture_close(fixture_t *f)
{
    tvb_free(f->tvb);
    f->edt->pi.fd = NULL;
    epan_dissect_free(f->edt);
    g_free(f->data);
}

/* How many items of the field named abbrev the tree holds. */
static guint
count(fixture_t *f, const char *abbrev)
{
    int id = proto_registrar_get_id_byname(abbrev);
    GPtrArray *found;
    guint n;

    g_assert_cmpint(id, >=, 0);
    found = proto_find_finfo(f->tree, id);
    n = found->len;
    g_ptr_array_free(found, TRUE);
    return n;
}

static guint32
uint_at(fixture_t *f, const char *abbrev, guint index)
{
    GPtrArray *found = proto_find_finfo(f->tree, proto_registrar_get_id_byname(abbrev));
    guint32 v;

    g_assert_cmpuint(found->len, >, index);
    v = DHCPM_FINFO_UINT((field_info *)g_ptr_array_index(found, index));
    g_ptr_array_free(found, TRUE);
    return v;
}

static const char *
string_at(fixture_t *f, const char *abbrev, guint index)
{
    GPtrArray *found = proto_find_finfo(f->tree, proto_registrar_get_id_byname(abbrev));
    const char *s;

    g_assert_cmpuint(found->len, >, index);
    s = fvalue_get_string(DHCPM_FINFO_FVALUE((field_info *)g_ptr_array_index(found, index)));
    g_ptr_array_free(found, TRUE);
    return s;
}

/* Little-endian stub building. */
typedef struct {
    guint8 b[65536 * 2];
    gsize n;
} stub_t;

static void
put32(stub_t *s, guint32 v)
{
    s->b[s->n++] = v & 0xff;
    s->b[s->n++] = (v >> 8) & 0xff;
    s->b[s->n++] = (v >> 16) & 0xff;
    s->b[s->n++] = v >> 24;
}

static void
put64(stub_t *s, guint64 v)
{
    put32(s, (guint32)v);
    put32(s, (guint32)(v >> 32));
}

static void
put16(stub_t *s, guint16 v)
{
    s->b[s->n++] = v & 0xff;
    s->b[s->n++] = v >> 8;
}

/* A count or referent ID: 4 bytes in NDR 2.0, 8 in NDR64. */
static void
put_wide(stub_t *s, gboolean ndr64, guint64 v)
{
    if (ndr64)
        put64(s, v);
    else
        put32(s, (guint32)v);
}

/* A conformant varying string in either syntax, with or without its NUL. */
static void
put_wstr_in(stub_t *s, gboolean ndr64, const char *ascii, gboolean terminate)
{
    guint32 n = (guint32)strlen(ascii) + (terminate ? 1 : 0), i;

    put_wide(s, ndr64, n);
    put_wide(s, ndr64, 0);
    put_wide(s, ndr64, n);
    for (i = 0; i < n; i++)
        put16(s, (guint8)ascii[i]);
}

static void
put_wstr(stub_t *s, const char *ascii, gboolean terminate)
{
    put_wstr_in(s, FALSE, ascii, terminate);
}

/* Runs fn, returns the exception it threw (0: none). */
typedef int (*body_fn)(fixture_t *f);

static int
run(fixture_t *f, body_fn fn, int *offset)
{
    volatile int thrown = 0;
    volatile int end = -1;

    TRY {
        end = fn(f);
    }
    CATCH_ALL {
        thrown = EXCEPT_CODE;
    }
    ENDTRY;
    if (offset)
        *offset = end;
    return thrown;
}

/* ---- alignment and scalars -------------------------------------------------- */

static void
test_align(void)
{
    static const guint8 none[1] = { 0 };
    fixture_t f;

    fixture_open(&f, none, 0, TRUE);
    g_assert_cmpint(ndr_align(&f.ctx, 0, 4), ==, 0);
    g_assert_cmpint(ndr_align(&f.ctx, 1, 4), ==, 4);
    g_assert_cmpint(ndr_align(&f.ctx, 4, 4), ==, 4);
    g_assert_cmpint(ndr_align(&f.ctx, 5, 4), ==, 8);
    g_assert_cmpint(ndr_align(&f.ctx, 5, 2), ==, 6);
    g_assert_cmpint(ndr_align(&f.ctx, 6, 2), ==, 6);
    g_assert_cmpint(ndr_align(&f.ctx, 7, 1), ==, 7);
    g_assert_cmpint(ndr_align(&f.ctx, 9, 8), ==, 16);
    fixture_close(&f);
}

static void
test_scalars_byte_order(void)
{
    /* u8 @0, pad, u16 @2, u32 @4 */
    static const guint8 bytes[] = { 0xAB, 0xEE, 0x01, 0x02, 0x01, 0x02, 0x03, 0x04 };
    fixture_t f;
    guint32 v8, v16, v32;
    int off;

    fixture_open(&f, bytes, sizeof(bytes), TRUE);
    off = ndr_uint8(&f.ctx, f.tree, 0, hf_u8, &v8);
    off = ndr_uint16(&f.ctx, f.tree, off, hf_u16, &v16);
    g_assert_cmpint(off, ==, 4);
    off = ndr_uint32(&f.ctx, f.tree, off, hf_u32, &v32);
    g_assert_cmpint(off, ==, 8);
    g_assert_cmphex(v8, ==, 0xAB);
    g_assert_cmphex(v16, ==, 0x0201);
    g_assert_cmphex(v32, ==, 0x04030201);
    g_assert_cmphex(uint_at(&f, "dhcpm.test.u32", 0), ==, 0x04030201);
    fixture_close(&f);

    fixture_open(&f, bytes, sizeof(bytes), FALSE);
    off = ndr_uint16(&f.ctx, f.tree, 1, hf_u16, &v16);
    off = ndr_uint32(&f.ctx, f.tree, off, hf_u32, &v32);
    g_assert_cmphex(v16, ==, 0x0102);
    g_assert_cmphex(v32, ==, 0x01020304);
    g_assert_cmpint(off, ==, 8);
    fixture_close(&f);
}

static int
read_past_end(fixture_t *f)
{
    return ndr_uint32(&f->ctx, f->tree, 2, hf_u32, NULL);
}

static void
test_scalar_truncated(void)
{
    static const guint8 bytes[] = { 1, 2, 3, 4, 5, 6 };
    fixture_t f;

    fixture_open(&f, bytes, sizeof(bytes), TRUE);
    /* aligned to 4, then 4 bytes: 8 > 6 */
    g_assert_cmpint(run(&f, read_past_end, NULL), ==, ReportedBoundsError);
    fixture_close(&f);
}

/* ---- pointers and deferral ------------------------------------------------- */

static GString *order;

static int
pointee_leaf(ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf, guint64 arg _U_)
{
    guint32 v;

    offset = ndr_uint32(ctx, tree, offset, hf, &v);
    g_string_append_printf(order, "%X ", v);
    return offset;
}

/* A pointee with a value and an embedded pointer of its own. */
static int
pointee_with_pointer(ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf, guint64 arg _U_)
{
    guint32 v;

    offset = ndr_uint32(ctx, tree, offset, hf, &v);
    g_string_append_printf(order, "%X ", v);
    return ndr_pointer(ctx, tree, offset, pointee_leaf, hf, 0);
}

static void
test_deferral_order(void)
{
    /* struct { A *a; B *b; } where *a = { 0xA1, C *c }:
     * ref a, ref b, then a's pointee (0xA1, ref c), then c's pointee (0xC1)
     * before b's pointee (0xB1): a pointee's own pointees come first. */
    stub_t s = { { 0 }, 0 };
    fixture_t f;
    int off;

    put32(&s, 0x20000);
    put32(&s, 0x20004);
    put32(&s, 0xA1);
    put32(&s, 0x20008);
    put32(&s, 0xC1);
    put32(&s, 0xB1);
    fixture_open(&f, s.b, s.n, TRUE);
    order = g_string_new(NULL);
    off = ndr_pointer(&f.ctx, f.tree, 0, pointee_with_pointer, hf_u32, 0);
    off = ndr_pointer(&f.ctx, f.tree, off, pointee_leaf, hf_u32, 0);
    g_assert_cmpint(off, ==, 8);
    off = ndr_flush_deferred(&f.ctx, off);
    g_assert_cmpint(off, ==, (int)s.n);
    g_assert_cmpstr(order->str, ==, "A1 C1 B1 ");
    g_assert_cmpuint(count(&f, "dhcpm.ndr.referent_id"), ==, 3);
    g_string_free(order, TRUE);
    fixture_close(&f);
}

/* Without the ndr_details preference the pointers leave no item; their
 * pointees are where the pointer items would have been. */
static void
test_pointers_without_details(void)
{
    stub_t s = { { 0 }, 0 };
    fixture_t f;
    int off;

    put32(&s, 0x20000);
    put32(&s, 0);           /* NULL */
    put32(&s, 0xA1);
    set_ndr_details(FALSE);
    fixture_open(&f, s.b, s.n, TRUE);
    order = g_string_new(NULL);
    off = ndr_pointer(&f.ctx, f.tree, 0, pointee_leaf, hf_u32, 0);
    off = ndr_pointer(&f.ctx, f.tree, off, pointee_leaf, hf_u32, 0);
    off = ndr_flush_deferred(&f.ctx, off);
    g_assert_cmpint(off, ==, (int)s.n);
    g_assert_cmpuint(count(&f, "dhcpm.ndr.referent_id"), ==, 0);
    g_assert_cmpuint(count(&f, "dhcpm.ndr.pointer"), ==, 0);
    g_assert_cmpuint(count(&f, "dhcpm.test.u32"), ==, 1);
    g_assert_cmpuint(uint_at(&f, "dhcpm.test.u32", 0), ==, 0xA1);
    g_assert_cmpstr(order->str, ==, "A1 ");
    g_string_free(order, TRUE);
    fixture_close(&f);
    set_ndr_details(TRUE);
}

static void
test_null_pointer(void)
{
    stub_t s = { { 0 }, 0 };
    fixture_t f;
    int off;

    put32(&s, 0);           /* NULL: nothing deferred */
    put32(&s, 0x20000);
    put32(&s, 0x55);
    fixture_open(&f, s.b, s.n, TRUE);
    order = g_string_new(NULL);
    off = ndr_pointer(&f.ctx, f.tree, 0, pointee_leaf, hf_u32, 0);
    off = ndr_pointer(&f.ctx, f.tree, off, pointee_leaf, hf_u32, 0);
    off = ndr_flush_deferred(&f.ctx, off);
    g_assert_cmpint(off, ==, 12);
    g_assert_cmpstr(order->str, ==, "55 ");
    g_string_free(order, TRUE);
    fixture_close(&f);
}

static void
test_thousands_of_pointers(void)
{
    /* 5000 pointers then their 5000 pointees, in order */
    static stub_t s;
    fixture_t f;
    int off = 0, i;

    s.n = 0;
    for (i = 0; i < 5000; i++)
        put32(&s, 0x20000 + 4 * i);
    for (i = 0; i < 5000; i++)
        put32(&s, i);
    fixture_open(&f, s.b, s.n, TRUE);
    order = g_string_new(NULL);
    for (i = 0; i < 5000; i++)
        off = ndr_pointer(&f.ctx, f.tree, off, pointee_leaf, hf_u32, 0);
    off = ndr_flush_deferred(&f.ctx, off);
    g_assert_cmpint(off, ==, (int)s.n);
    g_assert_true(g_str_has_prefix(order->str, "0 1 2 3 "));
    g_assert_true(g_str_has_suffix(order->str, "1385 1386 1387 "));     /* 4997..4999 */
    g_assert_cmpuint(count(&f, "dhcpm.test.u32"), ==, 5000);
    g_string_free(order, TRUE);
    fixture_close(&f);
}

/* A pointee that points to itself: deeper than any IDL type. */
static guint chain_calls;

static int
pointee_chain(ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf, guint64 arg _U_)
{
    chain_calls++;
    return ndr_pointer(ctx, tree, offset, pointee_chain, hf, 0);
}

static int
deep_chain(fixture_t *f)
{
    int off = ndr_pointer(&f->ctx, f->tree, 0, pointee_chain, hf_u32, 0);
    return ndr_flush_deferred(&f->ctx, off);
}

static void
test_depth_guard(void)
{
    static stub_t s;
    fixture_t f;
    int i;

    s.n = 0;
    for (i = 0; i < 1000; i++)
        put32(&s, 0x20000 + 4 * i);
    fixture_open(&f, s.b, s.n, TRUE);
    chain_calls = 0;
    g_assert_cmpint(run(&f, deep_chain, NULL), ==, ReportedBoundsError);
    g_assert_cmpuint(chain_calls, ==, 16);          /* NDR_MAX_DEPTH */
    g_assert_cmpuint(count(&f, "dhcpm.expert.ndr_too_deep"), ==, 1);
    fixture_close(&f);
}

/* ---- conformant arrays ----------------------------------------------------- */

static int
element_u32(ndr_ctx_t *ctx, proto_tree *tree, int offset, int hf)
{
    return ndr_uint32(ctx, tree, offset, hf, NULL);
}

static guint32 array_size_is;

static int
array_body(fixture_t *f)
{
    return ndr_conformant_array(&f->ctx, f->tree, 0, array_size_is, 4, 4, element_u32, hf_u32);
}

static int
array_u32_body(fixture_t *f)
{
    return ndr_conformant_array_uint32(&f->ctx, f->tree, 0, array_size_is, hf_u32);
}

static void
test_array(void)
{
    stub_t s = { { 0 }, 0 };
    fixture_t f;
    int off;

    put32(&s, 3);
    put32(&s, 10);
    put32(&s, 11);
    put32(&s, 12);
    fixture_open(&f, s.b, s.n, TRUE);
    array_size_is = 3;
    g_assert_cmpint(run(&f, array_body, &off), ==, 0);
    g_assert_cmpint(off, ==, 16);
    g_assert_cmpuint(count(&f, "dhcpm.test.u32"), ==, 3);
    g_assert_cmpuint(uint_at(&f, "dhcpm.test.u32", 2), ==, 12);
    g_assert_cmpuint(count(&f, "dhcpm.expert.ndr_conformance_mismatch"), ==, 0);
    fixture_close(&f);

    /* size_is member says 2, max_count 3: a warning, the wire count wins */
    fixture_open(&f, s.b, s.n, TRUE);
    array_size_is = 2;
    g_assert_cmpint(run(&f, array_body, &off), ==, 0);
    g_assert_cmpint(off, ==, 16);
    g_assert_cmpuint(count(&f, "dhcpm.expert.ndr_conformance_mismatch"), ==, 1);
    fixture_close(&f);

    /* the scalar form reads the same stub to the same items */
    fixture_open(&f, s.b, s.n, TRUE);
    array_size_is = 3;
    g_assert_cmpint(run(&f, array_u32_body, &off), ==, 0);
    g_assert_cmpint(off, ==, 16);
    g_assert_cmpuint(count(&f, "dhcpm.test.u32"), ==, 3);
    g_assert_cmpuint(uint_at(&f, "dhcpm.test.u32", 0), ==, 10);
    g_assert_cmpuint(uint_at(&f, "dhcpm.test.u32", 2), ==, 12);
    g_assert_cmpuint(count(&f, "dhcpm.expert.ndr_conformance_mismatch"), ==, 0);
    fixture_close(&f);

    /* and refuses a count the stub cannot hold before reading any */
    s.b[0] = 4;
    fixture_open(&f, s.b, s.n, TRUE);
    array_size_is = 4;
    g_assert_cmpint(run(&f, array_u32_body, &off), ==, ReportedBoundsError);
    g_assert_cmpuint(count(&f, "dhcpm.test.u32"), ==, 0);
    g_assert_cmpuint(count(&f, "dhcpm.expert.ndr_count_exceeds_data"), ==, 1);
    fixture_close(&f);
}

static void
test_array_hostile_counts(void)
{
    static const guint32 counts[] = { 0xFFFFFFFF, 0x80000000, 0x40000001, 4 };
    guint i;

    for (i = 0; i < G_N_ELEMENTS(counts); i++) {
        stub_t s = { { 0 }, 0 };
        fixture_t f;

        put32(&s, counts[i]);
        put32(&s, 1);
        put32(&s, 2);
        put32(&s, 3);           /* 3 elements of 4 bytes, never enough */
        fixture_open(&f, s.b, s.n, TRUE);
        array_size_is = counts[i];
        g_assert_cmpint(run(&f, array_body, NULL), ==, ReportedBoundsError);
        /* refused before the loop: no element decoded */
        g_assert_cmpuint(count(&f, "dhcpm.test.u32"), ==, 0);
        g_assert_cmpuint(count(&f, "dhcpm.expert.ndr_count_exceeds_data"), ==, 1);
        fixture_close(&f);
    }
}

/* ---- strings and bytes ----------------------------------------------------- */

static int
string_body(fixture_t *f)
{
    return ndr_pointee_string(&f->ctx, f->tree, 0, hf_str, 0);
}

static void
test_string(void)
{
    stub_t s = { { 0 }, 0 };
    fixture_t f;
    int off;

    put_wstr(&s, "fo1", TRUE);
    fixture_open(&f, s.b, s.n, TRUE);
    g_assert_cmpint(run(&f, string_body, &off), ==, 0);
    g_assert_cmpint(off, ==, 12 + 8);
    g_assert_cmpstr(string_at(&f, "dhcpm.test.str", 0), ==, "fo1");
    g_assert_cmpuint(count(&f, "dhcpm.expert.ndr_string_unterminated"), ==, 0);
    fixture_close(&f);

    /* no NUL: shown whole, with a warning */
    s.n = 0;
    put_wstr(&s, "ab", FALSE);
    fixture_open(&f, s.b, s.n, TRUE);
    g_assert_cmpint(run(&f, string_body, &off), ==, 0);
    g_assert_cmpint(off, ==, 16);
    g_assert_cmpstr(string_at(&f, "dhcpm.test.str", 0), ==, "ab");
    g_assert_cmpuint(count(&f, "dhcpm.expert.ndr_string_unterminated"), ==, 1);
    fixture_close(&f);

    /* empty string: counts 0, no characters */
    s.n = 0;
    put32(&s, 0);
    put32(&s, 0);
    put32(&s, 0);
    fixture_open(&f, s.b, s.n, TRUE);
    g_assert_cmpint(run(&f, string_body, &off), ==, 0);
    g_assert_cmpint(off, ==, 12);
    g_assert_cmpstr(string_at(&f, "dhcpm.test.str", 0), ==, "");
    fixture_close(&f);
}

static void
test_string_variance(void)
{
    stub_t s = { { 0 }, 0 };
    fixture_t f;
    int off;

    /* offset 0xFFFFFFFF, actual 3 > max 2: a warning, the characters are there */
    put32(&s, 2);
    put32(&s, 0xFFFFFFFF);
    put32(&s, 3);
    put16(&s, 'x');
    put16(&s, 'y');
    put16(&s, 0);
    fixture_open(&f, s.b, s.n, TRUE);
    g_assert_cmpint(run(&f, string_body, &off), ==, 0);
    g_assert_cmpint(off, ==, 18);
    g_assert_cmpstr(string_at(&f, "dhcpm.test.str", 0), ==, "xy");
    g_assert_cmpuint(count(&f, "dhcpm.expert.ndr_string_counts"), ==, 1);
    fixture_close(&f);
}

static void
test_string_hostile_lengths(void)
{
    /* 0x80000000 characters are 2^32 bytes: 0 in 32-bit arithmetic */
    static const guint32 counts[] = { 0xFFFFFFFF, 0x80000000, 0x7FFFFFFF, 5 };
    guint i;

    for (i = 0; i < G_N_ELEMENTS(counts); i++) {
        stub_t s = { { 0 }, 0 };
        fixture_t f;

        put32(&s, counts[i]);
        put32(&s, 0);
        put32(&s, counts[i]);
        put16(&s, 'a');
        put16(&s, 'b');
        put16(&s, 0);           /* 6 bytes where 2 * count are claimed */
        fixture_open(&f, s.b, s.n, TRUE);
        g_assert_cmpint(run(&f, string_body, NULL), ==, ReportedBoundsError);
        g_assert_cmpuint(count(&f, "dhcpm.expert.ndr_count_exceeds_data"), ==, 1);
        g_assert_cmpuint(count(&f, "dhcpm.test.str"), ==, 0);
        fixture_close(&f);
    }
}

static guint32 bytes_size_is;

static int
bytes_body(fixture_t *f)
{
    return ndr_pointee_bytes(&f->ctx, f->tree, 0, hf_bytes, bytes_size_is);
}

static void
test_bytes(void)
{
    stub_t s = { { 0 }, 0 };
    fixture_t f;
    int off;

    put32(&s, 3);
    s.b[s.n++] = 1;
    s.b[s.n++] = 2;
    s.b[s.n++] = 3;
    fixture_open(&f, s.b, s.n, TRUE);
    bytes_size_is = 3;
    g_assert_cmpint(run(&f, bytes_body, &off), ==, 0);
    g_assert_cmpint(off, ==, 7);
    g_assert_cmpuint(count(&f, "dhcpm.test.bytes"), ==, 1);
    fixture_close(&f);

    s.n = 0;
    put32(&s, 0xFFFFFFFF);
    s.b[s.n++] = 1;
    fixture_open(&f, s.b, s.n, TRUE);
    bytes_size_is = 0xFFFFFFFF;
    g_assert_cmpint(run(&f, bytes_body, NULL), ==, ReportedBoundsError);
    g_assert_cmpuint(count(&f, "dhcpm.expert.ndr_count_exceeds_data"), ==, 1);
    g_assert_cmpuint(count(&f, "dhcpm.test.bytes"), ==, 0);
    fixture_close(&f);
}

/* ---- unions and the end of the stub ----------------------------------------- */

static int
unknown_arm(fixture_t *f)
{
    guint32 v;
    int off = ndr_union_switch16(&f->ctx, f->tree, 0, 2, 4, &v);

    ndr_union_unknown_arm(&f->ctx, f->tree, off, v);
    return off;
}

static void
test_union(void)
{
    static const guint8 bytes[] = { 0x02, 0x00, 0xFF, 0xFF };
    fixture_t f;
    guint32 v;
    int off;

    fixture_open(&f, bytes, sizeof(bytes), TRUE);
    off = ndr_union_switch16(&f.ctx, f.tree, 0, 2, 4, &v);
    g_assert_cmpint(off, ==, 2);
    g_assert_cmpuint(v, ==, 2);
    g_assert_cmpuint(count(&f, "dhcpm.expert.ndr_union_switch_mismatch"), ==, 0);
    off = ndr_union_switch16(&f.ctx, f.tree, 1, 2, 4, &v);  /* aligned to 2 */
    g_assert_cmpint(off, ==, 4);
    g_assert_cmphex(v, ==, 0xFFFF);
    g_assert_cmpuint(count(&f, "dhcpm.expert.ndr_union_switch_mismatch"), ==, 1);
    fixture_close(&f);

    fixture_open(&f, bytes, sizeof(bytes), TRUE);
    g_assert_cmpint(run(&f, unknown_arm, NULL), ==, ReportedBoundsError);
    g_assert_cmpuint(count(&f, "dhcpm.expert.ndr_union_unknown_arm"), ==, 1);
    fixture_close(&f);
}

static void
test_check_end(void)
{
    static const guint8 bytes[] = { 1, 2, 3, 4, 5, 6 };
    fixture_t f;

    fixture_open(&f, bytes, sizeof(bytes), TRUE);
    ndr_check_end(&f.ctx, f.tree, 6);
    g_assert_cmpuint(count(&f, "dhcpm.expert.ndr_trailing_data"), ==, 0);
    ndr_check_end(&f.ctx, f.tree, 4);
    g_assert_cmpuint(count(&f, "dhcpm.expert.ndr_trailing_data"), ==, 1);
    fixture_close(&f);
}

/* ---- NDR64 (MS-RPCE 2.2.5) ------------------------------------------------ */

static void
test64_align_and_trailer(void)
{
    static const guint8 none[1] = { 0 };
    fixture_t f;

    fixture_open64(&f, none, 0, TRUE, TRUE);
    g_assert_cmpint(ndr_align_syntax(&f.ctx, 4, 4, 8), ==, 8);
    g_assert_cmpint(ndr_struct_trailer(&f.ctx, 13, 8), ==, 16);
    fixture_close(&f);
    fixture_open64(&f, none, 0, TRUE, FALSE);
    g_assert_cmpint(ndr_align_syntax(&f.ctx, 4, 4, 8), ==, 4);
    g_assert_cmpint(ndr_struct_trailer(&f.ctx, 13, 8), ==, 13);     /* NDR 2.0: no padding */
    fixture_close(&f);
}

static void
test64_enum(void)
{
    stub_t s = { { 0 }, 0 };
    fixture_t f;
    guint32 v;
    int off;

    put16(&s, 0xEEEE);      /* padding: the enum is 4-aligned and 4 bytes in NDR64 */
    put16(&s, 0xEEEE);
    put32(&s, 5);
    put32(&s, 0x10000);     /* does not fit the 16 bits of an NDR enum */
    fixture_open64(&f, s.b, s.n, TRUE, TRUE);
    off = ndr_enum16(&f.ctx, f.tree, 1, hf_u32, 0, &v);
    g_assert_cmpint(off, ==, 8);
    g_assert_cmpuint(v, ==, 5);
    g_assert_cmpuint(count(&f, "dhcpm.expert.ndr_enum_range"), ==, 0);
    off = ndr_enum16(&f.ctx, f.tree, off, hf_u32, 0, &v);
    g_assert_cmpint(off, ==, 12);
    g_assert_cmphex(v, ==, 0x10000);
    g_assert_cmpuint(count(&f, "dhcpm.expert.ndr_enum_range"), ==, 1);
    fixture_close(&f);
}

static void
test64_deferral_order(void)
{
    /* as test_deferral_order, with 8-byte referents, 8-aligned: a u32 at 0,
     * then the two referents at 8 and 16 */
    stub_t s = { { 0 }, 0 };
    fixture_t f;
    int off;

    put32(&s, 0x11);
    put32(&s, 0xEEEEEEEE);
    put64(&s, 0x20000);
    put64(&s, G_GUINT64_CONSTANT(0x100000000));    /* non-NULL only in its high half */
    put32(&s, 0xA1);
    put32(&s, 0xEEEEEEEE);
    put64(&s, 0x20008);
    put32(&s, 0xC1);
    put32(&s, 0xB1);
    fixture_open64(&f, s.b, s.n, TRUE, TRUE);
    order = g_string_new(NULL);
    off = ndr_uint32(&f.ctx, f.tree, 0, hf_u32, NULL);
    off = ndr_pointer(&f.ctx, f.tree, off, pointee_with_pointer, hf_u32, 0);
    g_assert_cmpint(off, ==, 16);
    off = ndr_pointer(&f.ctx, f.tree, off, pointee_leaf, hf_u32, 0);
    g_assert_cmpint(off, ==, 24);
    off = ndr_flush_deferred(&f.ctx, off);
    g_assert_cmpint(off, ==, (int)s.n);
    g_assert_cmpstr(order->str, ==, "A1 C1 B1 ");
    g_string_free(order, TRUE);
    fixture_close(&f);
}

static int
array64_body(fixture_t *f)
{
    return ndr_conformant_array(&f->ctx, f->tree, 0, array_size_is, 4, 8, element_u32, hf_u32);
}

static void
test64_array(void)
{
    stub_t s = { { 0 }, 0 };
    fixture_t f;
    int off;

    put64(&s, 2);
    put32(&s, 10);
    put32(&s, 11);
    fixture_open64(&f, s.b, s.n, TRUE, TRUE);
    array_size_is = 2;
    /* min size 8 per element: 2 elements need 16 bytes, 8 are left */
    g_assert_cmpint(run(&f, array64_body, &off), ==, ReportedBoundsError);
    fixture_close(&f);

    fixture_open64(&f, s.b, s.n, TRUE, TRUE);
    g_assert_cmpint(run(&f, array_body, &off), ==, 0);      /* min size 4 */
    g_assert_cmpint(off, ==, 16);
    g_assert_cmpuint(uint_at(&f, "dhcpm.test.u32", 1), ==, 11);
    fixture_close(&f);
}

static void
test64_array_hostile_counts(void)
{
    /* 2^32 + 1 is 1 in 32 bits; 2^62 * 8 is 0 in 64 bits */
    static const guint64 counts[] = { G_GUINT64_CONSTANT(0xFFFFFFFFFFFFFFFF),
                                      G_GUINT64_CONSTANT(0x100000001),
                                      G_GUINT64_CONSTANT(0x4000000000000000),
                                      G_GUINT64_CONSTANT(0x8000000000000000) };
    guint i;

    for (i = 0; i < G_N_ELEMENTS(counts); i++) {
        stub_t s = { { 0 }, 0 };
        fixture_t f;

        put64(&s, counts[i]);
        put64(&s, 1);
        put64(&s, 2);
        fixture_open64(&f, s.b, s.n, TRUE, TRUE);
        array_size_is = 1;
        g_assert_cmpint(run(&f, array64_body, NULL), ==, ReportedBoundsError);
        g_assert_cmpuint(count(&f, "dhcpm.test.u32"), ==, 0);
        g_assert_cmpuint(count(&f, "dhcpm.expert.ndr_count_exceeds_data"), ==, 1);
        g_assert_cmpuint(count(&f, "dhcpm.expert.ndr_conformance_mismatch"), ==, 1);
        fixture_close(&f);
    }
}

static void
test64_string(void)
{
    stub_t s = { { 0 }, 0 };
    fixture_t f;
    int off;

    put64(&s, 3);
    put64(&s, 0);
    put64(&s, 3);
    put16(&s, 'o');
    put16(&s, 'k');
    put16(&s, 0);
    fixture_open64(&f, s.b, s.n, TRUE, TRUE);
    g_assert_cmpint(run(&f, string_body, &off), ==, 0);
    g_assert_cmpint(off, ==, 30);
    g_assert_cmpstr(string_at(&f, "dhcpm.test.str", 0), ==, "ok");
    fixture_close(&f);
}

static void
test64_string_hostile_lengths(void)
{
    /* 2^32 + 3 is 3 in 32 bits; 2^63 characters are 0 bytes in 64 bits */
    static const guint64 counts[] = { G_GUINT64_CONSTANT(0x100000003),
                                      G_GUINT64_CONSTANT(0x8000000000000000),
                                      G_GUINT64_CONSTANT(0xFFFFFFFFFFFFFFFF) };
    guint i;

    for (i = 0; i < G_N_ELEMENTS(counts); i++) {
        stub_t s = { { 0 }, 0 };
        fixture_t f;

        put64(&s, counts[i]);
        put64(&s, 0);
        put64(&s, counts[i]);
        put16(&s, 'a');
        put16(&s, 'b');
        put16(&s, 0);
        fixture_open64(&f, s.b, s.n, TRUE, TRUE);
        g_assert_cmpint(run(&f, string_body, NULL), ==, ReportedBoundsError);
        g_assert_cmpuint(count(&f, "dhcpm.expert.ndr_count_exceeds_data"), ==, 1);
        g_assert_cmpuint(count(&f, "dhcpm.test.str"), ==, 0);
        fixture_close(&f);
    }
}

static void
test64_bytes_hostile(void)
{
    stub_t s = { { 0 }, 0 };
    fixture_t f;

    put64(&s, G_GUINT64_CONSTANT(0x100000001));     /* 1 in 32 bits */
    s.b[s.n++] = 7;
    fixture_open64(&f, s.b, s.n, TRUE, TRUE);
    bytes_size_is = 1;
    g_assert_cmpint(run(&f, bytes_body, NULL), ==, ReportedBoundsError);
    g_assert_cmpuint(count(&f, "dhcpm.expert.ndr_count_exceeds_data"), ==, 1);
    g_assert_cmpuint(count(&f, "dhcpm.test.bytes"), ==, 0);
    fixture_close(&f);
}

static void
test64_unions(void)
{
    /* a u16 discriminant after one byte, in a union whose largest arm is
     * 8-aligned: discriminant at 8, arm at 16 */
    stub_t s = { { 0 }, 0 };
    fixture_t f;
    guint32 v;
    int off;

    memset(s.b, 0xEE, 24);
    s.n = 8;
    put16(&s, 1);
    s.n = 24;
    fixture_open64(&f, s.b, s.n, TRUE, TRUE);
    off = ndr_union_switch16(&f.ctx, f.tree, 1, 1, 8, &v);
    g_assert_cmpuint(v, ==, 1);
    g_assert_cmpint(off, ==, 16);
    fixture_close(&f);

    /* an enum discriminant is 4 bytes in NDR64, 2 in NDR 2.0 */
    s.n = 0;
    put32(&s, 0xFFFF);
    put32(&s, 0);
    fixture_open64(&f, s.b, s.n, TRUE, TRUE);
    off = ndr_union_switch_enum(&f.ctx, f.tree, 0, 2, 4, &v);
    g_assert_cmpint(off, ==, 4);
    g_assert_cmphex(v, ==, 0xFFFF);
    g_assert_cmpuint(count(&f, "dhcpm.expert.ndr_union_switch_mismatch"), ==, 1);
    fixture_close(&f);
    fixture_open64(&f, s.b, s.n, TRUE, FALSE);
    off = ndr_union_switch_enum(&f.ctx, f.tree, 0, 0xFFFF, 4, &v);
    g_assert_cmpint(off, ==, 2);
    fixture_close(&f);
}

static void
test64_depth_guard(void)
{
    static stub_t s;
    fixture_t f;
    int i;

    s.n = 0;
    for (i = 0; i < 1000; i++)
        put64(&s, 0x20000 + 8 * i);
    fixture_open64(&f, s.b, s.n, TRUE, TRUE);
    chain_calls = 0;
    g_assert_cmpint(run(&f, deep_chain, NULL), ==, ReportedBoundsError);
    g_assert_cmpuint(chain_calls, ==, 16);
    g_assert_cmpuint(count(&f, "dhcpm.expert.ndr_too_deep"), ==, 1);
    fixture_close(&f);
}

/* All NULL: static storage is zeroed, whatever fields the version has. */
static const struct packet_provider_funcs provider_funcs;

/* ---- the whole protocol's additions ------------------------------------------ */

/* A hyper is 8-aligned in both syntaxes; an IPv6 address is two of them,
 * the high half first; a DWORD_DWORD two DWORDs, the high one first. */
static void
test_wide_scalars(gconstpointer ndr64)
{
    stub_t s = { { 0 }, 0 };
    fixture_t f;
    int off;
    GPtrArray *found;
    const ws_in6_addr *a;

    s.b[s.n++] = 0xEE;                      /* @0, then 7 bytes of padding */
    s.n = 8;
    put64(&s, G_GUINT64_CONSTANT(0x0123456789ABCDEF));     /* @8 */
    put32(&s, 0xAAAAAAAA);                  /* @16, then padding to 24 */
    put32(&s, 0);
    put64(&s, G_GUINT64_CONSTANT(0x20010DB800000000));     /* @24 high half */
    put64(&s, G_GUINT64_CONSTANT(0x0000000000000001));     /* @32 low half */
    put32(&s, 0x00000001);                  /* @40 DWord1, the high half */
    put32(&s, 0x00000002);                  /* @44 DWord2 */
    fixture_open64(&f, s.b, s.n, TRUE, GPOINTER_TO_INT(ndr64));
    off = ndr_uint64(&f.ctx, f.tree, 1, hf_u64);
    g_assert_cmpint(off, ==, 16);
    off = ndr_uint32(&f.ctx, f.tree, off, hf_u32, NULL);
    off = ndr_ipv6(&f.ctx, f.tree, off, hf_ipv6);
    g_assert_cmpint(off, ==, 40);
    off = ndr_dword_dword(&f.ctx, f.tree, off, hf_u64);
    g_assert_cmpint(off, ==, 48);
    found = proto_find_finfo(f.tree, hf_u64);
    g_assert_cmpuint(found->len, ==, 2);
    g_assert_cmphex(fvalue_get_uinteger64(DHCPM_FINFO_FVALUE((field_info *)g_ptr_array_index(found, 0))),
                    ==, G_GUINT64_CONSTANT(0x0123456789ABCDEF));
    g_assert_cmphex(fvalue_get_uinteger64(DHCPM_FINFO_FVALUE((field_info *)g_ptr_array_index(found, 1))),
                    ==, G_GUINT64_CONSTANT(0x0000000100000002));
    g_ptr_array_free(found, TRUE);
    found = proto_find_finfo(f.tree, hf_ipv6);
    g_assert_cmpuint(found->len, ==, 1);
    a = (const ws_in6_addr *)DHCPM_FVALUE_IPV6(DHCPM_FINFO_FVALUE((field_info *)g_ptr_array_index(found, 0)));
    g_assert_cmpuint(a->bytes[0], ==, 0x20);
    g_assert_cmpuint(a->bytes[1], ==, 0x01);
    g_assert_cmpuint(a->bytes[2], ==, 0x0D);
    g_assert_cmpuint(a->bytes[3], ==, 0xB8);
    g_assert_cmpuint(a->bytes[15], ==, 0x01);
    g_ptr_array_free(found, TRUE);
    fixture_close(&f);
}

static guint64 wchars_size_is;

static int
wchars_body(fixture_t *f)
{
    return ndr_pointee_wchars(&f->ctx, f->tree, 0, hf_wchars, wchars_size_is);
}

/* A conformant array of wchar_t (an [out] buffer): the text before its
 * first NUL; the count checked against the data and against size_is
 * unless that is NDR_SIZE_IS_ANY. */
static void
test_wchars(gconstpointer ndr64)
{
    gboolean wide = GPOINTER_TO_INT(ndr64);
    stub_t s = { { 0 }, 0 };
    fixture_t f;
    int off;

    if (wide)
        put64(&s, 5);
    else
        put32(&s, 5);
    put16(&s, 'a');
    put16(&s, 'b');
    put16(&s, 0);
    put16(&s, 'z');                         /* after the NUL: the buffer's, not the text's */
    put16(&s, 0);
    fixture_open64(&f, s.b, s.n, TRUE, wide);
    wchars_size_is = NDR_SIZE_IS_ANY;
    g_assert_cmpint(run(&f, wchars_body, &off), ==, 0);
    g_assert_cmpint(off, ==, (int)s.n);
    g_assert_cmpstr(string_at(&f, "dhcpm.test.wchars", 0), ==, "ab");
    g_assert_cmpuint(count(&f, "dhcpm.expert.ndr_conformance_mismatch"), ==, 0);
    fixture_close(&f);

    fixture_open64(&f, s.b, s.n, TRUE, wide);
    wchars_size_is = 4;
    g_assert_cmpint(run(&f, wchars_body, &off), ==, 0);
    g_assert_cmpuint(count(&f, "dhcpm.expert.ndr_conformance_mismatch"), ==, 1);
    fixture_close(&f);

    s.n = 0;
    if (wide)
        put64(&s, G_GUINT64_CONSTANT(0x80000000));
    else
        put32(&s, 0x80000000);
    put16(&s, 'a');
    fixture_open64(&f, s.b, s.n, TRUE, wide);
    wchars_size_is = NDR_SIZE_IS_ANY;
    g_assert_cmpint(run(&f, wchars_body, NULL), ==, ReportedBoundsError);
    g_assert_cmpuint(count(&f, "dhcpm.expert.ndr_count_exceeds_data"), ==, 1);
    fixture_close(&f);
}

/* BYTE Pattern[255]: no alignment, no count. */
static void
test_fixed_bytes(gconstpointer ndr64)
{
    guint8 bytes[9] = { 0xEE, 1, 2, 3, 4, 5, 6, 7, 8 };
    fixture_t f;

    fixture_open64(&f, bytes, sizeof(bytes), TRUE, GPOINTER_TO_INT(ndr64));
    g_assert_cmpint(ndr_fixed_bytes(&f.ctx, f.tree, 1, hf_bytes, 8), ==, 9);
    g_assert_cmpuint(count(&f, "dhcpm.test.bytes"), ==, 1);
    fixture_close(&f);
}

/* switch_type(ULONG): 4 bytes in both syntaxes. */
static void
test_switch32(gconstpointer ndr64)
{
    static const guint8 bytes[] = { 0xEE, 0xEE, 0xEE, 0xEE, 0x02, 0x00, 0x00, 0x00,
                                    0x01, 0x00, 0x00, 0x00 };
    fixture_t f;
    guint32 v;
    int off;

    fixture_open64(&f, bytes, sizeof(bytes), TRUE, GPOINTER_TO_INT(ndr64));
    off = ndr_union_switch32(&f.ctx, f.tree, 1, 2, 4, &v);
    g_assert_cmpint(off, ==, 8);
    g_assert_cmpuint(v, ==, 2);
    g_assert_cmpuint(count(&f, "dhcpm.expert.ndr_union_switch_mismatch"), ==, 0);
    fixture_close(&f);
}

/* DHCP_POL_COND: [size_is(ValueLength)] Value is sent before ValueLength;
 * the pointee is told its size once that member is read. */
static int
late_size_body(fixture_t *f)
{
    guint slot = ndr_deferred_slot(&f->ctx);
    guint32 n;
    int off = ndr_pointer(&f->ctx, f->tree, 0, ndr_pointee_bytes, hf_bytes, 0);

    off = ndr_uint32(&f->ctx, f->tree, off, hf_u32, &n);
    ndr_deferred_set_arg(&f->ctx, slot, n);
    return ndr_flush_deferred(&f->ctx, off);
}

static void
test_late_size_is(gconstpointer ndr64)
{
    gboolean wide = GPOINTER_TO_INT(ndr64);
    stub_t s = { { 0 }, 0 };
    fixture_t f;
    int off;

    if (wide)
        put64(&s, 0x20000);
    else
        put32(&s, 0x20000);
    put32(&s, 3);                           /* the size, after the pointer */
    if (wide) {
        put32(&s, 0);
        put64(&s, 3);
    } else {
        put32(&s, 3);
    }
    s.b[s.n++] = 7;
    s.b[s.n++] = 8;
    s.b[s.n++] = 9;
    fixture_open64(&f, s.b, s.n, TRUE, wide);
    g_assert_cmpint(run(&f, late_size_body, &off), ==, 0);
    g_assert_cmpint(off, ==, (int)s.n);
    g_assert_cmpuint(count(&f, "dhcpm.test.bytes"), ==, 1);
    /* told the right size: no mismatch with the max_count */
    g_assert_cmpuint(count(&f, "dhcpm.expert.ndr_conformance_mismatch"), ==, 0);
    fixture_close(&f);
}

/* An enum value its type lacks gets an expert; [range] too. */
static void
test_enum_unknown_and_range(gconstpointer ndr64)
{
    static const guint8 bytes[] = { 0x01, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00 };
    fixture_t f;
    guint32 v;
    int off;

    fixture_open64(&f, bytes, sizeof(bytes), TRUE, GPOINTER_TO_INT(ndr64));
    off = ndr_enum16(&f.ctx, f.tree, 0, hf_enum, 0, &v);
    g_assert_cmpuint(v, ==, 1);
    g_assert_cmpuint(count(&f, "dhcpm.expert.ndr_enum_unknown"), ==, 0);
    ndr_enum16(&f.ctx, f.tree, 4, hf_enum, 0, &v);
    g_assert_cmpuint(v, ==, 7);
    g_assert_cmpuint(count(&f, "dhcpm.expert.ndr_enum_unknown"), ==, 1);
    g_assert_cmpint(off, ==, GPOINTER_TO_INT(ndr64) ? 4 : 2);
    /* the same with the values' mask the generated code passes */
    ndr_enum16(&f.ctx, f.tree, 0, hf_enum, G_GUINT64_CONSTANT(0x3), &v);
    g_assert_cmpuint(count(&f, "dhcpm.expert.ndr_enum_unknown"), ==, 1);
    ndr_enum16(&f.ctx, f.tree, 4, hf_enum, G_GUINT64_CONSTANT(0x3), &v);
    g_assert_cmpuint(count(&f, "dhcpm.expert.ndr_enum_unknown"), ==, 2);
    ndr_check_range(&f.ctx, f.tree, hf_u32, 6, 0, 6);
    g_assert_cmpuint(count(&f, "dhcpm.expert.ndr_range"), ==, 0);
    ndr_check_range(&f.ctx, f.tree, hf_u32, 7, 0, 6);
    g_assert_cmpuint(count(&f, "dhcpm.expert.ndr_range"), ==, 1);
    fixture_close(&f);
}

/* A client identifier that holds an Ethernet address shows it as one. */
static void
test_mac(void)
{
    static const struct {
        guint len;
        guint8 data[11];
        gboolean mac;
    } cases[] = {
        { 6, { 0, 0x15, 0x5d, 1, 2, 3 }, TRUE },
        { 7, { 1, 0, 0x15, 0x5d, 1, 2, 3 }, TRUE },
        { 11, { 0, 1, 168, 192, 1, 0, 0x15, 0x5d, 1, 2, 3 }, TRUE },
        { 7, { 2, 0, 0x15, 0x5d, 1, 2, 3 }, FALSE },
        { 14, { 0 }, FALSE },
    };
    guint i, j;

    for (i = 0; i < G_N_ELEMENTS(cases); i++) {
        stub_t s = { { 0 }, 0 };
        fixture_t f;

        put32(&s, cases[i].len);
        for (j = 0; j < cases[i].len; j++)
            s.b[s.n++] = j < sizeof(cases[i].data) ? cases[i].data[j] : 0;
        fixture_open(&f, s.b, s.n, TRUE);
        g_assert_cmpint(ndr_pointee_bytes(&f.ctx, f.tree, 0, hf_hw, cases[i].len), ==, (int)s.n);
        g_assert_cmpuint(count(&f, "dhcpm.test.mac"), ==, cases[i].mac ? 1 : 0);
        fixture_close(&f);
    }
}

/* ---- lazy decoding: a structure nobody asks for is read quietly ---------- */

static guint quiet_notes;
static gboolean quiet_wanted;

static void
quiet_note_uint(ndr_ctx_t *ctx _U_, int hf _U_, guint32 value _U_)
{
    quiet_notes++;
}

static void
quiet_note_string(ndr_ctx_t *ctx _U_, int hf _U_, const char *value _U_)
{
    quiet_notes++;
}

static gboolean
quiet_value_wanted(ndr_ctx_t *ctx _U_, int hf _U_)
{
    return quiet_wanted;
}

static const ndr_observer_t quiet_observer = {
    .uint_value = quiet_note_uint,
    .string_value = quiet_note_string,
    .value_wanted = quiet_value_wanted,
};

static int *const quiet_hfs[] = { &hf_u32, &hf_enum, &hf_str };
static ndr_need_t quiet_need = { quiet_hfs, G_N_ELEMENTS(quiet_hfs), 0, FALSE };

/* struct { DWORD a; enum e; [string] wchar_t *s; DWORD n; [size_is(n)] DWORD *list; } */
static int
quiet_struct(ndr_ctx_t *ctx, proto_tree *parent_tree, int offset, int hf_index)
{
    proto_tree *tree = parent_tree;
    gboolean was_quiet = ndr_quiet_begin(ctx, &tree, hf_index, &quiet_need);
    guint32 n;

    offset = ndr_align_syntax(ctx, offset, 4, 8);
    offset = ndr_uint32(ctx, tree, offset, hf_u32, NULL);
    offset = ndr_enum16(ctx, tree, offset, hf_enum, 0x3, NULL);
    offset = ndr_pointer(ctx, tree, offset, ndr_pointee_string, hf_str, 0);
    offset = ndr_uint32(ctx, tree, offset, hf_u32, &n);
    offset = ndr_pointer(ctx, tree, offset, ndr_pointee_uint32s, hf_u32, n);
    offset = ndr_struct_trailer(ctx, offset, 8);
    ndr_quiet_end(ctx, was_quiet);
    return offset;
}

static int
quiet_body(fixture_t *f)
{
    int offset = quiet_struct(&f->ctx, f->tree, 0, -1);

    offset = ndr_flush_deferred(&f->ctx, offset);
    /* what follows the structure is read as usual */
    return ndr_uint32(&f->ctx, f->tree, offset, hf_u32, NULL);
}

static void
quiet_stub(stub_t *s, gboolean ndr64, guint32 list_count)
{
    guint32 i;

    if (ndr64) {
        put32(s, 7);
        put32(s, 1);            /* an enum is 4 bytes in NDR64 */
        put64(s, 0x20000);
        put32(s, list_count);
        put32(s, 0);            /* padding to the pointer */
        put64(s, 0x20004);
    } else {
        put32(s, 7);
        put16(s, 1);
        put16(s, 0);
        put32(s, 0x20000);
        put32(s, list_count);
        put32(s, 0x20004);
    }
    put_wstr_in(s, ndr64, "abc", TRUE);
    put_wide(s, ndr64, list_count);
    for (i = 0; i < list_count; i++)
        put32(s, 0x0a000000 + i);
    put32(s, 0xEEEEEEEE);       /* after the structure */
}

/* The tree of a tshark that shows nothing (-T fields, a filter): hidden. */
static void
fixture_open_hidden(fixture_t *f, const guint8 *bytes, gsize len, gboolean ndr64)
{
    guint8 drep[4] = { 0x10, 0, 0, 0 };

    memset(f, 0, sizeof(*f));
    f->edt = epan_dissect_new(session, TRUE, FALSE);
    f->fd.num = 1;
    f->edt->pi.fd = &f->fd;
    f->edt->pi.num = 1;
    f->tree = f->edt->tree;
    f->data = (guint8 *)g_memdup2(bytes, (guint)len);
    f->tvb = tvb_new_real_data(f->data, (guint)len, (gint)len);
    ndr_ctx_init(&f->ctx, f->tvb, &f->edt->pi, drep, ndr64, &quiet_observer, NULL);
    f->ctx.all = FALSE;
}

static void
test_quiet(gconstpointer data)
{
    gboolean ndr64 = GPOINTER_TO_INT(data) != 0;
    stub_t s = { { 0 }, 0 };
    fixture_t f;
    int loud_end, quiet_end;

    quiet_stub(&s, ndr64, 300);

    /* asked for: every value reaches the observer */
    quiet_wanted = TRUE;
    quiet_notes = 0;
    fixture_open_hidden(&f, s.b, s.n, ndr64);
    g_assert_cmpint(run(&f, quiet_body, &loud_end), ==, 0);
    g_assert_cmpint(loud_end, ==, (int)s.n);
    g_assert_cmpuint(quiet_notes, ==, 3 + 1 + 300 + 1);
    fixture_close(&f);

    /* asked for by nobody: the same end, nothing told, the value after it read */
    quiet_wanted = FALSE;
    quiet_notes = 0;
    fixture_open_hidden(&f, s.b, s.n, ndr64);
    g_assert_cmpint(run(&f, quiet_body, &quiet_end), ==, 0);
    g_assert_cmpint(quiet_end, ==, loud_end);
    g_assert_cmpuint(quiet_notes, ==, 1);
    g_assert_false(f.ctx.quiet);
    fixture_close(&f);

    /* and a list longer than the stub is still refused */
    s.n -= 8;
    fixture_open_hidden(&f, s.b, s.n, ndr64);
    g_assert_cmpint(run(&f, quiet_body, &quiet_end), ==, ReportedBoundsError);
    fixture_close(&f);

    /* everything asked for (a shown tree, experts): never quiet */
    s.n = 0;
    quiet_stub(&s, ndr64, 3);
    quiet_notes = 0;
    fixture_open_hidden(&f, s.b, s.n, ndr64);
    f.ctx.all = TRUE;
    g_assert_cmpint(run(&f, quiet_body, &quiet_end), ==, 0);
    g_assert_cmpuint(quiet_notes, ==, 3 + 1 + 3 + 1);
    fixture_close(&f);
}

/* ---- lazy decoding: the first value of a key, promised by its pointer ---- */

static guint promise_strings, promise_uints;
static gboolean promise_taken, promise_have;
static char promise_first[8];

static void
promise_note_uint(ndr_ctx_t *ctx _U_, int hf _U_, guint32 value _U_)
{
    promise_uints++;
}

static void
promise_note_string(ndr_ctx_t *ctx _U_, int hf _U_, const char *value)
{
    if (!promise_have)
        g_strlcpy(promise_first, value, sizeof(promise_first));
    promise_have = TRUE;
    promise_strings++;
}

/* like the Info column's keys: the first string only */
static gboolean
promise_value_wanted(ndr_ctx_t *ctx, int hf)
{
    return hf == hf_str && !promise_have && (!promise_taken || ctx->promised);
}

static gboolean
promise_value_promised(ndr_ctx_t *ctx, int hf)
{
    if (!promise_value_wanted(ctx, hf) || promise_taken)
        return FALSE;
    promise_taken = TRUE;
    return TRUE;
}

static const ndr_observer_t promise_observer = {
    .uint_value = promise_note_uint,
    .string_value = promise_note_string,
    .string_wanted = promise_value_wanted,
    .value_wanted = promise_value_wanted,
    .value_promised = promise_value_promised,
};

/* three quiet_structs in a row, as in an array: their pointees follow */
static int
promise_body(fixture_t *f)
{
    int offset = 0, i;

    for (i = 0; i < 3; i++)
        offset = quiet_struct(&f->ctx, f->tree, offset, -1);
    offset = ndr_flush_deferred(&f->ctx, offset);
    return ndr_uint32(&f->ctx, f->tree, offset, hf_u32, NULL);
}

static void
promise_stub(stub_t *s, gboolean ndr64)
{
    static const char *const names[3] = { "abc", "def", "ghi" };
    int i;

    for (i = 0; i < 3; i++) {
        put32(s, 7);
        if (ndr64) {
            put32(s, 1);
            put64(s, 0x20000 + 8 * i);
            put32(s, 2);
            put32(s, 0);
            put64(s, 0x20004 + 8 * i);
        } else {
            put16(s, 1);
            put16(s, 0);
            put32(s, 0x20000 + 8 * i);
            put32(s, 2);
            put32(s, 0x20004 + 8 * i);
        }
    }
    for (i = 0; i < 3; i++) {
        put_wstr_in(s, ndr64, names[i], TRUE);
        put_wide(s, ndr64, 2);
        put32(s, 0x0a000000);
        put32(s, 0x0a000001);
    }
    put32(s, 0xEEEEEEEE);
}

static void
test_promised(gconstpointer data)
{
    gboolean ndr64 = GPOINTER_TO_INT(data) != 0;
    stub_t s = { { 0 }, 0 };
    fixture_t f;
    int end;

    promise_stub(&s, ndr64);
    promise_strings = promise_uints = 0;
    promise_taken = promise_have = FALSE;
    fixture_open_hidden(&f, s.b, s.n, ndr64);
    f.ctx.observer = &promise_observer;
    g_assert_cmpint(run(&f, promise_body, &end), ==, 0);
    g_assert_cmpint(end, ==, (int)s.n);
    /* the first element's string is the one told, though it comes after
     * all three elements; the elements after the promise are quiet: only
     * the first one's numbers are told (a, e and n; its list is asked for
     * by nobody), and the DWORD after them */
    g_assert_true(promise_taken);
    g_assert_cmpuint(promise_strings, ==, 1);
    g_assert_cmpstr(promise_first, ==, "abc");
    g_assert_cmpuint(promise_uints, ==, 3 + 1);
    g_assert_false(f.ctx.promised);
    fixture_close(&f);

    /* everything asked for: no promise, every value told */
    promise_strings = promise_uints = 0;
    promise_taken = promise_have = FALSE;
    fixture_open_hidden(&f, s.b, s.n, ndr64);
    f.ctx.observer = &promise_observer;
    f.ctx.all = TRUE;
    g_assert_cmpint(run(&f, promise_body, &end), ==, 0);
    g_assert_false(promise_taken);
    g_assert_cmpstr(promise_first, ==, "abc");
    g_assert_cmpuint(promise_uints, ==, 3 * (3 + 2) + 1);
    fixture_close(&f);
}

/* ---- lazy decoding: a structure of values and pointers stepped over at once */

/* struct { DWORD a; enum e; [string] wchar_t *s; BYTE b; [string] wchar_t *t; } */
static const ndr_quiet_member_t flat_members[] = {
    { 4, 4, 4, 4, NULL, NULL },
    { 2, 2, 4, 4, NULL, NULL },
    { 4, 4, 8, 8, ndr_pointee_string, &hf_str },
    { 1, 1, 1, 1, NULL, NULL },
    { 4, 4, 8, 8, ndr_pointee_string, &hf_str },
};
static gboolean flat_at_once;

static int
flat_struct(ndr_ctx_t *ctx, proto_tree *tree, int offset)
{
    gboolean was_quiet = ndr_quiet_begin(ctx, &tree, -1, &quiet_need);

    offset = ndr_align_syntax(ctx, offset, 4, 8);
    if (ctx->quiet && flat_at_once) {
        offset = ndr_quiet_members(ctx, offset, flat_members, G_N_ELEMENTS(flat_members));
    } else {
        offset = ndr_uint32(ctx, tree, offset, hf_u32, NULL);
        offset = ndr_enum16(ctx, tree, offset, hf_enum, 0x3, NULL);
        offset = ndr_pointer(ctx, tree, offset, ndr_pointee_string, hf_str, 0);
        offset = ndr_uint8(ctx, tree, offset, hf_u32, NULL);
        offset = ndr_pointer(ctx, tree, offset, ndr_pointee_string, hf_str, 0);
    }
    offset = ndr_struct_trailer(ctx, offset, 8);
    ndr_quiet_end(ctx, was_quiet);
    return offset;
}

static int
flat_body(fixture_t *f)
{
    int offset = flat_struct(&f->ctx, f->tree, 0);

    offset = flat_struct(&f->ctx, f->tree, offset);
    offset = ndr_flush_deferred(&f->ctx, offset);
    return ndr_uint32(&f->ctx, f->tree, offset, hf_u32, NULL);
}

/* two of them, the second's t NULL, then the strings and a DWORD */
static void
flat_stub(stub_t *s, gboolean ndr64)
{
    int i, n_strings = 0;

    for (i = 0; i < 2; i++) {
        put32(s, 7);
        if (ndr64) {
            put32(s, 1);
            put64(s, 0x20000);
            put32(s, 0x55);         /* the byte, then padding */
            put32(s, 0);
            put64(s, i == 0 ? 0x20004 : 0);
        } else {
            put16(s, 1);
            put16(s, 0);
            put32(s, 0x20000);
            put32(s, 0x55);
            put32(s, i == 0 ? 0x20004 : 0);
        }
        n_strings += i == 0 ? 2 : 1;
    }
    for (i = 0; i < n_strings; i++)
        put_wstr_in(s, ndr64, "xyz", TRUE);
    put32(s, 0xEEEEEEEE);
}

static void
test_quiet_members(gconstpointer data)
{
    gboolean ndr64 = GPOINTER_TO_INT(data) != 0;
    stub_t s = { { 0 }, 0 };
    fixture_t f;
    int slow_end, fast_end, cut;

    flat_stub(&s, ndr64);
    quiet_wanted = FALSE;
    /* member by member, then at once: the same end, the same pointees read */
    flat_at_once = FALSE;
    fixture_open_hidden(&f, s.b, s.n, ndr64);
    g_assert_cmpint(run(&f, flat_body, &slow_end), ==, 0);
    g_assert_cmpint(slow_end, ==, (int)s.n);
    fixture_close(&f);
    flat_at_once = TRUE;
    quiet_notes = 0;
    fixture_open_hidden(&f, s.b, s.n, ndr64);
    g_assert_cmpint(run(&f, flat_body, &fast_end), ==, 0);
    g_assert_cmpint(fast_end, ==, slow_end);
    g_assert_cmpuint(quiet_notes, ==, 1);       /* the DWORD after them */
    fixture_close(&f);

    /* cut anywhere, it throws as decoding everything does (the quiet
     * strings too) */
    for (cut = 1; cut < (int)s.n; cut++) {
        int loud_thrown, fast_thrown;

        quiet_wanted = TRUE;
        fixture_open_hidden(&f, s.b, (gsize)cut, ndr64);
        loud_thrown = run(&f, flat_body, NULL);
        fixture_close(&f);
        quiet_wanted = FALSE;
        fixture_open_hidden(&f, s.b, (gsize)cut, ndr64);
        fast_thrown = run(&f, flat_body, NULL);
        fixture_close(&f);
        g_assert_cmpint(loud_thrown, ==, ReportedBoundsError);
        g_assert_cmpint(fast_thrown, ==, loud_thrown);
    }
    /* a string whose actual_count the stub cannot hold: refused quietly too */
    s.n = 0;
    flat_stub(&s, ndr64);
    s.b[(ndr64 ? 2 * 32 : 2 * 20) + (ndr64 ? 16 : 8)] = 0x7f;
    fixture_open_hidden(&f, s.b, s.n, ndr64);
    g_assert_cmpint(run(&f, flat_body, NULL), ==, ReportedBoundsError);
    fixture_close(&f);
}

int
main(int argc, char **argv)
{
    static proto_plugin plugin;

    g_test_init(&argc, &argv, NULL);
    init_process_policies();
    plugin.register_protoinfo = register_test_protocol;
    plugin.register_handoff = NULL;
    proto_register_plugin(&plugin);
    wtap_init(FALSE);
    if (!epan_init(NULL, NULL, FALSE))
        return 1;
    session = epan_new(NULL, &provider_funcs);
    /* the tests see every item the runtime can add */
    set_ndr_details(TRUE);

    g_test_add_func("/ndr20/align", test_align);
    g_test_add_func("/ndr20/scalars/byte-order", test_scalars_byte_order);
    g_test_add_func("/ndr20/scalars/truncated", test_scalar_truncated);
    g_test_add_func("/ndr20/pointers/deferral-order", test_deferral_order);
    g_test_add_func("/ndr20/pointers/null", test_null_pointer);
    g_test_add_func("/ndr20/pointers/without-details", test_pointers_without_details);
    g_test_add_func("/ndr20/pointers/thousands", test_thousands_of_pointers);
    g_test_add_func("/ndr20/pointers/depth-guard", test_depth_guard);
    g_test_add_func("/ndr20/arrays/conformant", test_array);
    g_test_add_func("/ndr20/arrays/hostile-counts", test_array_hostile_counts);
    g_test_add_func("/ndr20/strings/basic", test_string);
    g_test_add_func("/ndr20/strings/variance", test_string_variance);
    g_test_add_func("/ndr20/strings/hostile-lengths", test_string_hostile_lengths);
    g_test_add_func("/ndr20/bytes", test_bytes);
    g_test_add_func("/ndr20/unions", test_union);
    g_test_add_func("/ndr20/end", test_check_end);
    g_test_add_func("/ndr64/align-and-trailer", test64_align_and_trailer);
    g_test_add_func("/ndr64/enum", test64_enum);
    g_test_add_func("/ndr64/pointers/deferral-order", test64_deferral_order);
    g_test_add_func("/ndr64/pointers/depth-guard", test64_depth_guard);
    g_test_add_func("/ndr64/arrays/conformant", test64_array);
    g_test_add_func("/ndr64/arrays/hostile-counts", test64_array_hostile_counts);
    g_test_add_func("/ndr64/strings/basic", test64_string);
    g_test_add_func("/ndr64/strings/hostile-lengths", test64_string_hostile_lengths);
    g_test_add_func("/ndr64/bytes/hostile", test64_bytes_hostile);
    g_test_add_func("/ndr64/unions", test64_unions);
    g_test_add_func("/ndr20/mac", test_mac);
    {
        static const char *syntax[] = { "ndr20", "ndr64" };
        static const struct {
            const char *name;
            GTestDataFunc fn;
        } both[] = {
            { "scalars/hyper-ipv6-dword-dword", test_wide_scalars },
            { "arrays/wchars", test_wchars },
            { "arrays/fixed-bytes", test_fixed_bytes },
            { "unions/switch32", test_switch32 },
            { "pointers/late-size-is", test_late_size_is },
            { "enum-unknown-and-range", test_enum_unknown_and_range },
            { "lazy/quiet-structure", test_quiet },
            { "lazy/promised-key", test_promised },
            { "lazy/quiet-members", test_quiet_members },
        };
        guint i, k;

        for (k = 0; k < 2; k++)
            for (i = 0; i < G_N_ELEMENTS(both); i++)
                g_test_add_data_func(g_strdup_printf("/%s/%s", syntax[k], both[i].name),
                                     GINT_TO_POINTER(k), both[i].fn);
    }
    return g_test_run();
}
