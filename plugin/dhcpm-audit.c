/* dhcpm-audit.c: the configuration audit.
 *
 * Every call of a method that changes a server (idl/dhcpm.cnf CHANGE) is a
 * row: when, which frames, from which client to which server, who the
 * connection authenticated as and at which level, what the call changes
 * (the Info column's keys), the values it sends and the result.  Read-only
 * calls are not rows.
 *
 * The rows come from the "dhcpm_audit" tap, whose records carry every
 * value of a change request only while an audit listener is attached
 * (dhcpm-stats.c).  Three readers: Statistics > DHCPM > Changes and
 * `-z dhcpm,changes` (dhcpm-stats-tables.c), and for scripts
 * `-z dhcpm,audit,json` (JSON lines) and `-z dhcpm,audit,csv` (here).
 *
 * Values are written as the captures' truth files write them: integers
 * (enums, counts, booleans, times as their wire number), IPv4 and IPv6
 * addresses, strings, bytes in lowercase hex, Ethernet addresses with
 * colons; a secret (a password, a shared secret) is masked.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <epan/packet.h>
#include <epan/tap.h>
#include <epan/stat_tap_ui.h>
#include <epan/to_str.h>

#include "dhcpm.h"
#include "dhcpm-audit.h"
#include "dhcpm-conformance.h"
#include "dhcpm-security.h"
#include "compat.h"

/* what a secret shows (one copy: a masked value is this very string) */
static const char secret_mask[] = "********";

struct dhcpm_audit_log {
    wmem_allocator_t *pool;
    wmem_array_t *rows;         /* dhcpm_audit_row_t *, in the order of their frames */
    wmem_map_t *by_request;     /* the call's frame (call_frame) -> 1 + the row's index */
};

dhcpm_audit_log_t *
dhcpm_audit_log_new(wmem_allocator_t *pool)
{
    dhcpm_audit_log_t *log = wmem_new0(pool, dhcpm_audit_log_t);

    log->pool = pool;
    log->rows = wmem_array_new(pool, sizeof(dhcpm_audit_row_t *));
    log->by_request = wmem_map_new(pool, g_direct_hash, g_direct_equal);
    return log;
}

guint
dhcpm_audit_log_count(const dhcpm_audit_log_t *log)
{
    return wmem_array_get_count(log->rows);
}

dhcpm_audit_row_t *
dhcpm_audit_log_row(const dhcpm_audit_log_t *log, guint index)
{
    return *(dhcpm_audit_row_t **)wmem_array_index(log->rows, index);
}

static const char *
auth_text(packet_info *pinfo)
{
    static const char *const levels[] = {
        "unknown", "none", "connect", "call", "packet", "integrity", "privacy"
    };
    gboolean pipe;
    guint32 level = dhcpm_conf_rpc_bind_level(pinfo, &pipe);

    /* over a named pipe, SMB authenticates the session and RPC adds nothing */
    if (pipe && level <= 1)
        return "named pipe";
    return level < G_N_ELEMENTS(levels) ? levels[level] : "unknown";
}

static dhcpm_audit_row_t *
new_row(dhcpm_audit_log_t *log, packet_info *pinfo, const dhcpm_stats_pdu_t *s, guint *index)
{
    dhcpm_audit_row_t *r = wmem_new0(log->pool, dhcpm_audit_row_t);
    const char *principal = dhcpm_conf_rpc_principal(pinfo);
    guint i;

    r->frame = pinfo->num;
    r->time = pinfo->abs_ts;
    /* a request goes from the client; a response comes to it */
    r->client = address_to_str(log->pool, s->is_request ? &pinfo->src : &pinfo->dst);
    r->server = address_to_str(log->pool, s->is_request ? &pinfo->dst : &pinfo->src);
    r->principal = principal ? wmem_strdup(log->pool, principal) : NULL;
    r->auth = auth_text(pinfo);
    r->iface = s->iface;
    r->method = s->method;
    r->object = wmem_strdup(log->pool, s->object ? s->object : "");
    if (s->values) {
        r->n_values = wmem_array_get_count(s->values);
        r->values = wmem_alloc_array(log->pool, dhcpm_stats_value_t, r->n_values);
        for (i = 0; i < r->n_values; i++) {
            r->values[i] = *(dhcpm_stats_value_t *)wmem_array_index(s->values, i);
            r->values[i].text = dhcpm_security_is_secret(r->values[i].hf) ? secret_mask
                                : wmem_strdup(log->pool, r->values[i].text);
        }
    }
    *index = wmem_array_get_count(log->rows);
    wmem_array_append_one(log->rows, r);
    return r;
}

dhcpm_audit_row_t *
dhcpm_audit_log_add(dhcpm_audit_log_t *log, packet_info *pinfo, const dhcpm_stats_pdu_t *s,
                    guint *index)
{
    dhcpm_audit_row_t *r;
    guint found;

    if (!s->method->is_change)
        return NULL;
    if (s->is_request) {
        /* a request seen again (a retransmission) keeps its first row */
        if (s->call_frame && wmem_map_lookup(log->by_request, GUINT_TO_POINTER(s->call_frame)))
            return NULL;
        r = new_row(log, pinfo, s, index);
        if (s->call_frame)
            wmem_map_insert(log->by_request, GUINT_TO_POINTER(s->call_frame),
                            GUINT_TO_POINTER(*index + 1));
        return r;
    }
    found = s->call_frame ? GPOINTER_TO_UINT(wmem_map_lookup(log->by_request,
                                                             GUINT_TO_POINTER(s->call_frame)))
                          : 0;
    if (found) {
        *index = found - 1;
        r = dhcpm_audit_log_row(log, *index);
    } else {
        /* the request is not in the capture (or not in the filter) */
        r = new_row(log, pinfo, s, index);
    }
    r->response_frame = pinfo->num;
    r->have_result = s->have_werror;
    r->code = s->werror;
    return r;
}

/* ---- values as text ------------------------------------------------------- */

/* The name a field's value strings give v, or NULL. */
static const char *
value_name(int hf, guint32 v)
{
    const header_field_info *hfi = proto_registrar_get_nth((guint)hf);

    if (!hfi->strings || (hfi->display & (BASE_RANGE_STRING | BASE_UNIT_STRING |
                                          BASE_CUSTOM | BASE_VAL64_STRING)))
        return NULL;
    if (hfi->type == FT_BOOLEAN)
        return v ? "True" : "False";
    if (hfi->display & BASE_EXT_STRING)
        return try_val_to_str_ext(v, (value_string_ext *)hfi->strings);
    return try_val_to_str(v, (const value_string *)hfi->strings);
}

static void
append_ipv4(wmem_strbuf_t *b, guint32 v)
{
    wmem_strbuf_append_printf(b, "%u.%u.%u.%u", v >> 24, (v >> 16) & 0xff, (v >> 8) & 0xff,
                              v & 0xff);
}

/* Text from the wire, with what could forge lines escaped: C0 and DEL as
 * \xNN, C1 (as NEL) as \u00NN; quote and backslash doubled when quoting. */
static void
append_escaped(wmem_strbuf_t *b, const char *s, gboolean json)
{
    for (; *s; s++) {
        guchar c = (guchar)*s;

        if (json && (c == '"' || c == '\\'))
            wmem_strbuf_append_printf(b, "\\%c", c);
        else if (c < 0x20 || c == 0x7f)
            wmem_strbuf_append_printf(b, json ? "\\u%04x" : "\\x%02x", c);
        else if (c == 0xc2 && (guchar)s[1] >= 0x80 && (guchar)s[1] <= 0x9f)
            wmem_strbuf_append_printf(b, "\\u%04x", (guchar)*++s);
        else
            wmem_strbuf_append_c(b, (char)c);
    }
}

static void
append_time(wmem_strbuf_t *b, gint64 secs, guint32 usecs)
{
    GDateTime *dt = g_date_time_new_from_unix_utc(secs);

    if (!dt) {
        wmem_strbuf_append_printf(b, "%" G_GINT64_FORMAT, secs);
        return;
    }
    wmem_strbuf_append_printf(b, "%04d-%02d-%02dT%02d:%02d:%02d.%06uZ", g_date_time_get_year(dt),
                              g_date_time_get_month(dt), g_date_time_get_day_of_month(dt),
                              g_date_time_get_hour(dt), g_date_time_get_minute(dt),
                              g_date_time_get_second(dt), usecs);
    g_date_time_unref(dt);
}

#define FILETIME_UNIX_EPOCH G_GUINT64_CONSTANT(116444736000000000)
#define FILETIME_INFINITE G_GUINT64_CONSTANT(0x7FFFFFFFFFFFFFFF)

static void
append_value_text(wmem_strbuf_t *b, const dhcpm_stats_value_t *v)
{
    const char *name;

    switch (v->kind) {
    case DHCPM_VALUE_UINT:
        if (proto_registrar_get_ftype(v->hf) == FT_IPv4) {
            append_ipv4(b, (guint32)v->u);
        } else if ((name = value_name(v->hf, (guint32)v->u)) != NULL) {
            append_escaped(b, name, FALSE);
        } else {
            wmem_strbuf_append_printf(b, "%" G_GUINT64_FORMAT, v->u);
        }
        break;
    case DHCPM_VALUE_U64:
        if (proto_registrar_get_ftype(v->hf) == FT_INT64)
            wmem_strbuf_append_printf(b, "%" G_GINT64_FORMAT, (gint64)v->u);
        else
            wmem_strbuf_append_printf(b, "%" G_GUINT64_FORMAT, v->u);
        break;
    case DHCPM_VALUE_FILETIME:
        if (v->u == 0)
            wmem_strbuf_append(b, "not set");
        else if (v->u == FILETIME_INFINITE)
            wmem_strbuf_append(b, "infinite");
        else if (v->u < FILETIME_UNIX_EPOCH)
            wmem_strbuf_append_printf(b, "%" G_GUINT64_FORMAT, v->u);
        else
            append_time(b, (gint64)((v->u - FILETIME_UNIX_EPOCH) / 10000000),
                        (guint32)((v->u % 10000000) / 10));
        break;
    case DHCPM_VALUE_TIME_T:
        append_time(b, (gint64)v->u, 0);
        break;
    case DHCPM_VALUE_TEXT:
        if (v->text == secret_mask) {
            wmem_strbuf_append(b, v->text);
        } else {
            wmem_strbuf_append_c(b, '"');
            append_escaped(b, v->text, FALSE);
            wmem_strbuf_append_c(b, '"');
        }
        break;
    }
}

/* A field's name without "dhcpm.": people read the table. */
static const char *
short_field(int hf)
{
    const char *abbrev = proto_registrar_get_abbrev(hf);

    return strncmp(abbrev, "dhcpm.", 6) == 0 ? abbrev + 6 : abbrev;
}

const char *
dhcpm_audit_values_text(wmem_allocator_t *a, const dhcpm_audit_row_t *r)
{
    wmem_strbuf_t *b = wmem_strbuf_new(a, "");
    guint i;

    for (i = 0; i < r->n_values; i++) {
        if (i)
            wmem_strbuf_append(b, ", ");
        wmem_strbuf_append_printf(b, "%s=", short_field(r->values[i].hf));
        append_value_text(b, &r->values[i]);
    }
    return wmem_strbuf_get_str(b);
}

const char *
dhcpm_audit_result_text(const dhcpm_audit_row_t *r)
{
    return r->have_result ? dhcpm_werror_name(r->code) : "";
}

const char *
dhcpm_audit_time_text(wmem_allocator_t *a, const dhcpm_audit_row_t *r)
{
    wmem_strbuf_t *b = wmem_strbuf_new(a, "");

    append_time(b, (gint64)r->time.secs, (guint32)(r->time.nsecs / 1000));
    return wmem_strbuf_get_str(b);
}

/* ---- -z dhcpm,audit,json and -z dhcpm,audit,csv --------------------------- */

#define AUDIT_CLI "dhcpm,audit"

typedef enum { FORMAT_JSON, FORMAT_CSV } audit_format_t;

typedef struct {
    wmem_allocator_t *self;     /* holds this structure */
    wmem_allocator_t *pool;     /* the rows; emptied at reset */
    audit_format_t format;
    char *filter;
    dhcpm_audit_log_t *log;
} audit_tap_t;

static void
audit_reset(void *tapdata)
{
    audit_tap_t *t = (audit_tap_t *)tapdata;

    wmem_free_all(t->pool);
    t->log = dhcpm_audit_log_new(t->pool);
}

static tap_packet_status
audit_packet(void *tapdata, packet_info *pinfo, epan_dissect_t *edt _U_, const void *data,
             tap_flags_t flags _U_)
{
    audit_tap_t *t = (audit_tap_t *)tapdata;
    guint index;

    return dhcpm_audit_log_add(t->log, pinfo, (const dhcpm_stats_pdu_t *)data, &index)
           ? TAP_PACKET_REDRAW : TAP_PACKET_DONT_REDRAW;
}

static void
json_string(wmem_strbuf_t *b, const char *s)
{
    if (!s) {
        wmem_strbuf_append(b, "null");
        return;
    }
    wmem_strbuf_append_c(b, '"');
    append_escaped(b, s, TRUE);
    wmem_strbuf_append_c(b, '"');
}

/* A value as the truth files write it. */
static void
json_value(wmem_strbuf_t *b, const dhcpm_stats_value_t *v)
{
    enum ftenum type = proto_registrar_get_ftype(v->hf);

    if (v->kind == DHCPM_VALUE_TEXT) {
        json_string(b, v->text);
    } else if (v->kind == DHCPM_VALUE_UINT && type == FT_IPv4) {
        wmem_strbuf_append_c(b, '"');
        append_ipv4(b, (guint32)v->u);
        wmem_strbuf_append_c(b, '"');
    } else if (type == FT_INT64 || type == FT_INT32) {
        wmem_strbuf_append_printf(b, "%" G_GINT64_FORMAT,
                                  type == FT_INT32 ? (gint64)(gint32)v->u : (gint64)v->u);
    } else {
        wmem_strbuf_append_printf(b, "%" G_GUINT64_FORMAT, v->u);
    }
}

/* {"field": [values], ...} in the order each field first comes. */
static void
json_values(wmem_allocator_t *a, wmem_strbuf_t *b, const dhcpm_audit_row_t *r)
{
    gboolean *done = wmem_alloc0_array(a, gboolean, r->n_values + 1);
    guint i, j;

    wmem_strbuf_append_c(b, '{');
    for (i = 0; i < r->n_values; i++) {
        if (done[i])
            continue;
        if (i)
            wmem_strbuf_append(b, ", ");
        json_string(b, proto_registrar_get_abbrev(r->values[i].hf));
        wmem_strbuf_append(b, ": [");
        for (j = i; j < r->n_values; j++) {
            if (r->values[j].hf != r->values[i].hf)
                continue;
            if (j != i)
                wmem_strbuf_append(b, ", ");
            json_value(b, &r->values[j]);
            done[j] = TRUE;
        }
        wmem_strbuf_append_c(b, ']');
    }
    wmem_strbuf_append_c(b, '}');
}

static void
print_json(wmem_allocator_t *a, const dhcpm_audit_row_t *r)
{
    wmem_strbuf_t *b = wmem_strbuf_new(a, "");

    wmem_strbuf_append_printf(b, "{\"frame\": %u, \"response_frame\": ", r->frame);
    if (r->response_frame && r->response_frame != r->frame)
        wmem_strbuf_append_printf(b, "%u", r->response_frame);
    else
        wmem_strbuf_append(b, "null");
    wmem_strbuf_append(b, ", \"time\": ");
    json_string(b, dhcpm_audit_time_text(a, r));
    wmem_strbuf_append(b, ", \"client\": ");
    json_string(b, r->client);
    wmem_strbuf_append(b, ", \"server\": ");
    json_string(b, r->server);
    wmem_strbuf_append(b, ", \"principal\": ");
    json_string(b, r->principal);
    wmem_strbuf_append(b, ", \"auth\": ");
    json_string(b, r->auth);
    wmem_strbuf_append(b, ", \"interface\": ");
    json_string(b, r->iface->name);
    wmem_strbuf_append_printf(b, ", \"opnum\": %u, \"method\": ", r->method->opnum);
    json_string(b, r->method->name);
    wmem_strbuf_append(b, ", \"object\": ");
    json_string(b, r->object);
    wmem_strbuf_append(b, ", \"values\": ");
    json_values(a, b, r);
    wmem_strbuf_append(b, ", \"result\": ");
    json_string(b, r->have_result ? dhcpm_werror_name(r->code) : NULL);
    wmem_strbuf_append(b, ", \"code\": ");
    if (r->have_result)
        wmem_strbuf_append_printf(b, "%u", r->code);
    else
        wmem_strbuf_append(b, "null");
    wmem_strbuf_append_c(b, '}');
    printf("%s\n", wmem_strbuf_get_str(b));
}

/* RFC 4180: quoted when it holds a comma, a quote or a line break. */
static void
csv_field(wmem_allocator_t *a, const char *s, gboolean last)
{
    wmem_strbuf_t *b = wmem_strbuf_new(a, "");

    if (s && strpbrk(s, ",\"\r\n")) {
        wmem_strbuf_append_c(b, '"');
        for (; *s; s++) {
            if (*s == '"')
                wmem_strbuf_append_c(b, '"');
            wmem_strbuf_append_c(b, *s);
        }
        wmem_strbuf_append_c(b, '"');
    } else if (s) {
        wmem_strbuf_append(b, s);
    }
    printf("%s%c", wmem_strbuf_get_str(b), last ? '\n' : ',');
}

static void
print_csv(wmem_allocator_t *a, const dhcpm_audit_row_t *r)
{
    csv_field(a, wmem_strdup_printf(a, "%u", r->frame), FALSE);
    csv_field(a, r->response_frame && r->response_frame != r->frame ?
                 wmem_strdup_printf(a, "%u", r->response_frame) : "", FALSE);
    csv_field(a, dhcpm_audit_time_text(a, r), FALSE);
    csv_field(a, r->client, FALSE);
    csv_field(a, r->server, FALSE);
    csv_field(a, r->principal ? dhcpm_stats_escaped(a, r->principal) : "", FALSE);
    csv_field(a, r->auth, FALSE);
    csv_field(a, r->iface->name, FALSE);
    csv_field(a, wmem_strdup_printf(a, "%u", r->method->opnum), FALSE);
    csv_field(a, r->method->name, FALSE);
    csv_field(a, dhcpm_stats_escaped(a, r->object), FALSE);
    csv_field(a, dhcpm_audit_result_text(r), FALSE);
    csv_field(a, r->have_result ? wmem_strdup_printf(a, "%u", r->code) : "", FALSE);
    csv_field(a, dhcpm_audit_values_text(a, r), TRUE);
}

static void
audit_draw(void *tapdata)
{
    audit_tap_t *t = (audit_tap_t *)tapdata;
    wmem_allocator_t *a = wmem_allocator_new(WMEM_ALLOCATOR_BLOCK);
    guint i;

    if (t->format == FORMAT_CSV)
        printf("frame,response_frame,time,client,server,principal,auth,interface,opnum,method,"
               "object,result,code,values\n");
    for (i = 0; i < dhcpm_audit_log_count(t->log); i++) {
        if (t->format == FORMAT_JSON)
            print_json(a, dhcpm_audit_log_row(t->log, i));
        else
            print_csv(a, dhcpm_audit_log_row(t->log, i));
        wmem_free_all(a);
    }
    wmem_destroy_allocator(a);
}

static void
audit_finish(void *tapdata)
{
    audit_tap_t *t = (audit_tap_t *)tapdata;

    wmem_destroy_allocator(t->pool);
    wmem_destroy_allocator(t->self);
}

/* "-z dhcpm,audit,json[,filter]" or "-z dhcpm,audit,csv[,filter]" */
static gboolean
audit_start(const char *opt_arg)
{
    static const struct { const char *name; audit_format_t format; } formats[] = {
        { AUDIT_CLI ",json", FORMAT_JSON }, { AUDIT_CLI ",csv", FORMAT_CSV },
    };
    wmem_allocator_t *self;
    audit_tap_t *t;
    const char *rest = NULL;
    GString *err;
    guint i;

    for (i = 0; i < G_N_ELEMENTS(formats) && !rest; i++) {
        size_t n = strlen(formats[i].name);

        if (strncmp(opt_arg, formats[i].name, n) == 0 && (opt_arg[n] == '\0' || opt_arg[n] == ','))
            rest = opt_arg + n;
    }
    if (!rest) {
        fprintf(stderr, "tshark: invalid \"-z %s\": use -z " AUDIT_CLI ",json[,filter] or -z "
                AUDIT_CLI ",csv[,filter]\n", opt_arg);
        return FALSE;
    }
    self = wmem_allocator_new(WMEM_ALLOCATOR_SIMPLE);
    t = wmem_new0(self, audit_tap_t);
    t->self = self;
    t->pool = wmem_allocator_new(WMEM_ALLOCATOR_BLOCK);
    t->format = formats[i - 1].format;
    if (*rest == ',' && rest[1])
        t->filter = wmem_strdup(self, rest + 1);
    audit_reset(t);
    err = register_tap_listener("dhcpm_audit", t, t->filter, TL_REQUIRES_NOTHING, audit_reset,
                                audit_packet, audit_draw, audit_finish);
    if (err) {
        fprintf(stderr, "tshark: -z " AUDIT_CLI ": %s\n", err->str);
        g_string_free(err, TRUE);
        audit_finish(t);
        return FALSE;
    }
    return TRUE;
}

static void
audit_init_void(const char *opt_arg, void *userdata _U_)
{
    if (!audit_start(opt_arg))
        exit(1);
}

static bool
audit_init_bool(const char *opt_arg, void *userdata _U_)
{
    return audit_start(opt_arg);
}

void
dhcpm_audit_register(void)
{
    static stat_tap_ui ui = {
        REGISTER_PACKET_STAT_GROUP_UNSORTED, "MS-DHCPM configuration audit", AUDIT_CLI,
        DHCPM_STAT_TAP_INIT(audit_init_void, audit_init_bool), 0, NULL
    };

    register_stat_tap_ui(&ui, NULL);
}
