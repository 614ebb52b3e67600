// zlib for Swift: one call that gzips a buffer the same way on every platform (the gzip header's
// time 0 and operating system "Unix" set explicitly, as zlib otherwise writes its build's own).
#ifndef GRAFT_CZLIB_SHIM_H
#define GRAFT_CZLIB_SHIM_H

#include <string.h>
#include <zlib.h>

/// The most bytes gzipping `length` bytes can give (zlib's bound plus the gzip header and trailer).
static inline size_t graft_gzip_bound(size_t length) {
    return (size_t)compressBound((uLong)length) + 18 + 64;
}

/// Gzips `length` bytes of `input` into `output` (`capacity` bytes, at least `graft_gzip_bound`),
/// at the best compression; the bytes written, or 0 when zlib fails.
static inline size_t graft_gzip(const unsigned char *input, size_t length, unsigned char *output, size_t capacity) {
    z_stream stream;
    memset(&stream, 0, sizeof stream);
    // 15 + 16: a gzip wrapper around the largest window.
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return 0;
    gz_header header;
    memset(&header, 0, sizeof header);
    header.os = 3;
    if (deflateSetHeader(&stream, &header) != Z_OK) { deflateEnd(&stream); return 0; }
    stream.next_in = (Bytef *)input;
    stream.avail_in = (uInt)length;
    stream.next_out = output;
    stream.avail_out = (uInt)capacity;
    int status = deflate(&stream, Z_FINISH);
    size_t written = capacity - stream.avail_out;
    deflateEnd(&stream);
    return status == Z_STREAM_END ? written : 0;
}

#endif
