/* CRC-32/IEEE 802.3 (the zlib / java.util.zip.CRC32 one): reflected polynomial 0xEDB88320,
 * initial value 0xFFFFFFFF, final XOR 0xFFFFFFFF. crc32("123456789") == 0xCBF43926. */
#ifndef DP_CRC32_H
#define DP_CRC32_H
#include <stddef.h>
#include <stdint.h>

/* Continues a CRC: start with crc = 0 for a fresh computation, pass the previous result to
 * extend it over more bytes (dp_crc32(dp_crc32(0, a, n), b, m) == crc of a followed by b). */
uint32_t dp_crc32(uint32_t crc, const uint8_t *data, size_t len);

#endif
