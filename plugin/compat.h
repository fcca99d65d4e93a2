/* compat.h: every difference between the Wireshark versions we build
 * against (4.0 to 4.6) is decided here, and only here.
 *
 * The plugin is written against the API of 4.0, the oldest we support;
 * where a later version renamed or changed a call, this header maps the
 * 4.0 spelling onto what that version expects, so the rest of the code
 * reads the same on every version and builds there with -Werror.  Every
 * C file gets it through ndr/ndr.h, which dhcpm.h includes. */
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

/* 4.4 (development series 4.3) named the tvb accessors after the C99
 * types and deprecated the glib-typed names.  The old names become calls
 * of the new ones, after tvbuff.h has declared both. */
#if DHCPM_WS_AT_LEAST(4, 3)
#include <epan/tvbuff.h>
#define tvb_get_guint8(tvb, offset) tvb_get_uint8(tvb, offset)
#define tvb_get_guint16(tvb, offset, encoding) tvb_get_uint16(tvb, offset, encoding)
#define tvb_get_guint32(tvb, offset, encoding) tvb_get_uint32(tvb, offset, encoding)
#define tvb_get_guint64(tvb, offset, encoding) tvb_get_uint64(tvb, offset, encoding)
#endif

/* 4.6 (development series 4.5) gives value_string_ext_new() the wmem scope
 * of the wrapper as a first argument; 4.0 puts it in the epan scope. */
#if DHCPM_WS_AT_LEAST(4, 5)
#include <epan/wmem_scopes.h>
#include <wsutil/value_string.h>
#define value_string_ext_new(vs, n_entries, name) \
    (value_string_ext_new)(wmem_epan_scope(), vs, n_entries, name)
#endif

/* 4.4 (development series 4.3) stores a boolean preference in a C99 bool. */
#if DHCPM_WS_AT_LEAST(4, 3)
#include <stdbool.h>
typedef bool dhcpm_pref_bool_t;
#else
typedef gboolean dhcpm_pref_bool_t;
#endif

/* The DCE-RPC Decode As entry's change_value() takes a pointer to the
 * interface's guid_key pointer in 4.0 and the guid_key itself in 4.4
 * (development series 4.3).  Only the test driver of Decode As uses it. */
#if DHCPM_WS_AT_LEAST(4, 3)
#define DHCPM_DCERPC_DECODE_AS_HANDLE(key_ptr_ptr) ((const void *)*(key_ptr_ptr))
#else
#define DHCPM_DCERPC_DECODE_AS_HANDLE(key_ptr_ptr) ((const void *)(key_ptr_ptr))
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
#define DHCPM_FINFO_FVALUE(fi) ((fi)->value)
#else
#define DHCPM_FINFO_FVALUE(fi) (&(fi)->value)
#endif
#define DHCPM_FINFO_UINT(fi) fvalue_get_uinteger(DHCPM_FINFO_FVALUE(fi))
#define DHCPM_FINFO_STRING(fi) fvalue_get_string(DHCPM_FINFO_FVALUE(fi))
/* An FT_IPv6 value's address: 4.2 added fvalue_get_ipv6(); in 4.0 the
 * bytes accessor returns it. */
#if DHCPM_WS_AT_LEAST(4, 2)
#define DHCPM_FVALUE_IPV6(fv) (&fvalue_get_ipv6(fv)->addr)
#else
#define DHCPM_FVALUE_IPV6(fv) ((const ws_in6_addr *)fvalue_get_bytes(fv))
#endif

/* 4.0 has no UNS(), the cast that later versions wrap unit strings in
 * for a field's strings member. */
#ifndef UNS
#define UNS(x) ((const unit_name_string *)(x))
#endif

#endif
