/* dhcpm-demand.c: what this run of Wireshark can show (dhcpm-demand.h). */

#include <string.h>

#include <epan/packet.h>
#include <epan/column-info.h>
#include <epan/tap.h>

#include "dhcpm.h"
#include "dhcpm-demand.h"

/* What the command line says, read once at handoff. */
static gboolean run_experts = TRUE;     /* an expert may be seen */
static gboolean run_dhcpm_taps = TRUE;  /* a -z dhcpm statistic may run */
static gboolean fields_mode;            /* tshark -T fields, or json or ek with -e */
static gboolean tree_output;            /* -T pdml, json, ek or ps */
static gboolean field_output;           /* -T json, jsonraw or ek: -e fields only, if any */
static GPtrArray *field_names;          /* its -e fields */
#if !DHCPM_WS_AT_LEAST(4, 2)
static int *field_hfs;                  /* resolved at the first PDU */
static guint n_field_hfs;
static gboolean fields_resolved;
#endif
static int expert_tap = -1;
static int expert_hfs[4] = { -1, -1, -1, -1 };
static gboolean experts_resolved;

/* tshark's options that take an argument (getopt letters); the others
 * are flags.  Long options take one unless listed as flags, or written
 * --name=value. */
static const char tshark_arg_options[] = "abBcfisydKNtuMCeEFGHjJoOrRSTUwWXYz";
static const char *const tshark_long_flags[] = {
    "color", "no-duplicate-keys", "disable-all-protocols", "list-time-stamp-types", "version",
    "help", "print-timers", "list-interfaces", "hexdump", NULL
};

static gboolean
long_flag(const char *name)
{
    guint i;

    for (i = 0; tshark_long_flags[i]; i++)
        if (strcmp(name, tshark_long_flags[i]) == 0)
            return TRUE;
    return FALSE;
}

/* What one option with its argument says about experts and taps. */
static void
tshark_option(char letter, const char *arg)
{
    switch (letter) {
    case 'V':               /* the tree */
    case 'O':               /* the tree of some protocols */
    case 'X':               /* a Lua script may read anything */
        run_experts = TRUE;
        break;
    case 'T':
        fields_mode = strcmp(arg, "fields") == 0;
        tree_output = !fields_mode && strcmp(arg, "text") != 0 && strcmp(arg, "tabs") != 0 &&
                      strcmp(arg, "psml") != 0;
        field_output = g_str_has_prefix(arg, "json") || strcmp(arg, "ek") == 0;
        break;
    case 'e':
        g_ptr_array_add(field_names, wmem_strdup(wmem_epan_scope(), arg));
        /* fall through */
    case 'Y':
    case 'R':
    case 'o':               /* a custom column */
        if (strstr(arg, "expert") || strchr(arg, '$'))
            run_experts = TRUE;
        break;
    case 'z':
        if (g_str_has_prefix(arg, "expert"))
            run_experts = TRUE;
        if (g_str_has_prefix(arg, "dhcpm"))
            run_dhcpm_taps = TRUE;
        break;
    default:
        break;
    }
}

/* Parses tshark's arguments as its getopt does; FALSE when it cannot. */
static gboolean
read_tshark_args(char **argv, int argc)
{
    int i;

    for (i = 1; i < argc; i++) {
        const char *a = argv[i];

        if (a[0] != '-' || a[1] == '\0')
            continue;       /* a capture filter's words */
        if (a[1] == '-') {
            if (a[2] == '\0')
                break;
            if (!strchr(a, '=') && !long_flag(a + 2))
                i++;
            continue;
        }
        for (a++; *a; a++) {
            if (!strchr(tshark_arg_options, *a)) {
                if (!g_ascii_isalnum(*a))
                    return FALSE;
                tshark_option(*a, "");
                continue;
            }
            if (a[1]) {
                tshark_option(*a, a + 1);
            } else if (i + 1 < argc) {
                tshark_option(*a, argv[++i]);
            } else {
                return FALSE;
            }
            break;
        }
    }
    return TRUE;
}

/* The command line from /proc (Linux); elsewhere everything is shown. */
static void
read_command_line(void)
{
    gchar *text = NULL;
    gsize len = 0, i;
    GPtrArray *argv;
    const char *prog;

    if (!g_file_get_contents("/proc/self/cmdline", &text, &len, NULL) || len == 0) {
        g_free(text);   /* GLib memory */
        return;
    }
    argv = g_ptr_array_new();
    for (i = 0; i < len; i += strlen(text + i) + 1)
        g_ptr_array_add(argv, text + i);
    prog = strrchr((const char *)g_ptr_array_index(argv, 0), '/');
    prog = prog ? prog + 1 : (const char *)g_ptr_array_index(argv, 0);
    if (strcmp(prog, "tshark") == 0) {
        run_experts = run_dhcpm_taps = FALSE;
        field_names = g_ptr_array_new();
        if (!read_tshark_args((char **)argv->pdata, (int)argv->len)) {
            run_experts = run_dhcpm_taps = TRUE;
            fields_mode = FALSE;
        } else if (tree_output) {
            /* json and ek print the tree, or with -e only those fields;
             * pdml and ps print the tree */
            if (field_output && field_names->len)
                fields_mode = TRUE;
            else
                run_experts = TRUE;
        }
    }
    g_ptr_array_free(argv, TRUE);   /* GLib memory */
    g_free(text);   /* GLib memory */
}

void
dhcpm_demand_handoff(int proto _U_)
{
    read_command_line();
}

static void
resolve_experts(void)
{
    static const char *const names[] = {
        "_ws.expert", "_ws.expert.message", "_ws.expert.severity", "_ws.expert.group"
    };
    guint i;

    expert_tap = find_tap_id("expert");
    for (i = 0; i < G_N_ELEMENTS(names); i++)
        expert_hfs[i] = proto_registrar_get_id_byname(names[i]);
    experts_resolved = TRUE;
}

gboolean
dhcpm_demand_experts(packet_info *pinfo, proto_tree *tree)
{
    guint i;

    if (run_experts)
        return TRUE;
    if (!experts_resolved)
        resolve_experts();
    if (expert_tap >= 0 && have_tap_listener(expert_tap))
        return TRUE;
    /* the Expert column of the profile's columns */
    if (pinfo->cinfo && pinfo->cinfo->col_first && pinfo->cinfo->col_first[COL_EXPERT] >= 0)
        return TRUE;
    for (i = 0; tree && i < G_N_ELEMENTS(expert_hfs); i++)
        if (expert_hfs[i] >= 0 && proto_field_is_referenced(tree, expert_hfs[i]))
            return TRUE;
    return FALSE;
}

gboolean
dhcpm_demand_rpc_header(void)
{
    return run_experts || run_dhcpm_taps;
}

#if DHCPM_WS_AT_LEAST(4, 2)
gboolean
dhcpm_demand_fields_begin(proto_tree *tree _U_)
{
    return FALSE;
}

void
dhcpm_demand_fields_end(proto_tree *tree _U_, gboolean changed _U_)
{
}
#else
gboolean
dhcpm_demand_fields_begin(proto_tree *tree)
{
    guint i;

    if (!fields_mode || run_experts || !tree || !PTREE_DATA(tree)->visible ||
        !PTREE_FINFO(tree))
        return FALSE;
    if (!fields_resolved) {
        wmem_array_t *hfs = wmem_array_new(wmem_epan_scope(), sizeof(int));

        /* every field of that name: a filter name may have several forms */
        for (i = 0; i < field_names->len; i++) {
            int hf = proto_registrar_get_id_byname((const char *)g_ptr_array_index(field_names, i));
            header_field_info *hfi;

            if (hf < 0)
                continue;
            hfi = proto_registrar_get_nth((guint)hf);
            while (hfi->same_name_prev_id >= 0)
                hfi = proto_registrar_get_nth((guint)hfi->same_name_prev_id);
            for (; hfi; hfi = hfi->same_name_next)
                wmem_array_append_one(hfs, hfi->id);
        }
        n_field_hfs = wmem_array_get_count(hfs);
        field_hfs = (int *)wmem_array_get_raw(hfs);
        fields_resolved = TRUE;
    }
    /* What tshark 4.2 primes for -e; Wireshark clears it with the tree. */
    for (i = 0; i < n_field_hfs; i++) {
        header_field_info *hfi = proto_registrar_get_nth((guint)field_hfs[i]);

        if (hfi->ref_type == HF_REF_TYPE_NONE)
            hfi->ref_type = HF_REF_TYPE_DIRECT;
    }
    PTREE_DATA(tree)->visible = FALSE;
    return TRUE;
}

void
dhcpm_demand_fields_end(proto_tree *tree, gboolean changed)
{
    if (changed)
        PTREE_DATA(tree)->visible = TRUE;
}
#endif
