/* compat.h: every difference between the Wireshark versions we build
 * against (4.0 to 4.6) is decided here, and only here. */
#ifndef DHCPM_COMPAT_H
#define DHCPM_COMPAT_H

#include <ws_version.h>

#define DHCPM_WS_AT_LEAST(major, minor) \
    (WIRESHARK_VERSION_MAJOR > (major) || \
     (WIRESHARK_VERSION_MAJOR == (major) && WIRESHARK_VERSION_MINOR >= (minor)))

/* 4.2 added plugin_describe(), which tells the loader what a plugin is. */
#if DHCPM_WS_AT_LEAST(4, 2)
#define DHCPM_HAVE_PLUGIN_DESCRIBE 1
#include <wsutil/plugins.h>
#endif

/* The Win32 error list that names dhcpm.werror codes outside the DHCP range. */
#include <epan/dissectors/packet-windows-common.h>
#ifdef WERR_errors_VALUE_STRING_LIST
#define DHCPM_HAVE_WERR_LIST 1
#endif

/* The init callback of a -z statistic (stat_tap_ui.tap_init_cb) returns
 * void in 4.0 and bool (success) in 4.5 and later; the release between
 * that changed it is not pinned down here.  So the compiler picks, from
 * the callback type the headers declare, between the two forms the
 * caller defines (C11 generic selection, resolved at compile time). */
#include <stdbool.h>
#include <epan/stat_tap_ui.h>
#define DHCPM_STAT_TAP_INIT(void_fn, bool_fn) \
    _Generic((stat_tap_init_cb)0, void (*)(const char *, void *): (void_fn), default: (bool_fn))

/* The value of a field_info in the tree: 4.2 made field_info.value a
 * pointer (4.0 has the fvalue_t itself). */
#include <epan/proto.h>
#if DHCPM_WS_AT_LEAST(4, 2)
#define DHCPM_FINFO_UINT(fi) fvalue_get_uinteger((fi)->value)
#else
#define DHCPM_FINFO_UINT(fi) fvalue_get_uinteger(&(fi)->value)
#endif

#endif
