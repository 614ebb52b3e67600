// libcurl for Swift: curl_easy_setopt, curl_multi_setopt and curl_easy_getinfo are variadic, which
// Swift cannot call, so each argument type Graft needs gets a small typed wrapper.
#ifndef GRAFT_CCURL_SHIM_H
#define GRAFT_CCURL_SHIM_H

#include <curl/curl.h>

/// A write or header callback: (bytes, size, count, user data) -> bytes taken.
typedef size_t (*graft_curl_data_callback)(char *bytes, size_t size, size_t count, void *user);

static inline CURLcode graft_curl_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode graft_curl_setopt_pointer(CURL *handle, CURLoption option, const void *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode graft_curl_setopt_size(CURL *handle, CURLoption option, curl_off_t value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode graft_curl_setopt_callback(CURL *handle, CURLoption option, graft_curl_data_callback callback) {
    return curl_easy_setopt(handle, option, callback);
}

static inline CURLMcode graft_curl_multi_setopt_long(CURLM *multi, CURLMoption option, long value) {
    return curl_multi_setopt(multi, option, value);
}

static inline long graft_curl_response_code(CURL *handle) {
    long code = 0;
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &code);
    return code;
}

#endif
