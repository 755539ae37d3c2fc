#include "core/Pbkdf2.h"

#include <QCryptographicHash>

#include <array>
#include <atomic>
#include <cstring>

namespace carillon {

namespace {

std::atomic<quint64> g_runs{0};

// SHA-256 (FIPS 180-4) reduced to what PBKDF2 needs: the compression function on a state.
// HMAC's inner and outer pads are hashed once per password; each round then costs two
// compressions of a single block, instead of re-keying an HMAC object (four or more).
using State = std::array<quint32, 8>;

constexpr quint32 kRound[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

constexpr State kInitial = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                            0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

constexpr quint32 rotr(quint32 x, int n)
{
    return (x >> n) | (x << (32 - n));
}

// One 64-byte block, as 16 big-endian words.
void compress(State &state, const quint32 *block)
{
    quint32 w[64];
    std::memcpy(w, block, 16 * sizeof(quint32));
    for (int i = 16; i < 64; ++i) {
        const quint32 s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
        const quint32 s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    quint32 a = state[0], b = state[1], c = state[2], d = state[3];
    quint32 e = state[4], f = state[5], g = state[6], h = state[7];
    for (int i = 0; i < 64; ++i) {
        const quint32 t1 =
            h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + kRound[i] + w[i];
        const quint32 t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        h = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
    state[4] += e;
    state[5] += f;
    state[6] += g;
    state[7] += h;
}

// The state after hashing one 64-byte block of the key XOR pad.
State padState(const QByteArray &key, char pad)
{
    quint32 block[16];
    for (int i = 0; i < 16; ++i) {
        quint32 word = 0;
        for (int j = 0; j < 4; ++j) {
            const int at = i * 4 + j;
            const quint8 byte = quint8((at < key.size() ? key[at] : 0) ^ pad);
            word = (word << 8) | byte;
        }
        block[i] = word;
    }
    State state = kInitial;
    compress(state, block);
    return state;
}

// SHA-256 of (64 bytes already in `base`) + a 32-byte digest: exactly one more block.
void finishWithDigest(const State &base, const quint32 *digest, State &out)
{
    quint32 block[16];
    std::memcpy(block, digest, 8 * sizeof(quint32));
    block[8] = 0x80000000;
    for (int i = 9; i < 15; ++i)
        block[i] = 0;
    block[15] = (64 + 32) * 8; // message length in bits
    out = base;
    compress(out, block);
}

} // namespace

quint64 pbkdf2Runs()
{
    return g_runs.load();
}

QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations,
                        int length)
{
    if (iterations < 1 || length < 1)
        return {};
    g_runs.fetch_add(1);
    // HMAC keys longer than a block are hashed first (RFC 2104).
    const QByteArray key = password.size() > 64
                               ? QCryptographicHash::hash(password, QCryptographicHash::Sha256)
                               : password;
    const State inner = padState(key, 0x36);
    const State outer = padState(key, 0x5c);
    QByteArray derived;
    derived.reserve(length + 32);
    for (quint32 blockIndex = 1; derived.size() < length; ++blockIndex) {
        // U1 = HMAC(password, salt || INT(block)): the salt has any length, so the slow path.
        QCryptographicHash first(QCryptographicHash::Sha256);
        QByteArray innerKey(64, 0);
        for (int i = 0; i < 64; ++i)
            innerKey[i] = char((i < key.size() ? key[i] : 0) ^ 0x36);
        first.addData(innerKey);
        first.addData(salt);
        const char index[4] = {char(blockIndex >> 24), char(blockIndex >> 16),
                               char(blockIndex >> 8), char(blockIndex)};
        first.addData(QByteArrayView(index, 4));
        const QByteArray innerDigest = first.result();
        quint32 u[8];
        for (int i = 0; i < 8; ++i)
            u[i] = quint32(quint8(innerDigest[i * 4])) << 24 |
                   quint32(quint8(innerDigest[i * 4 + 1])) << 16 |
                   quint32(quint8(innerDigest[i * 4 + 2])) << 8 |
                   quint32(quint8(innerDigest[i * 4 + 3]));
        State state;
        finishWithDigest(outer, u, state);
        std::memcpy(u, state.data(), sizeof u);
        quint32 t[8];
        std::memcpy(t, u, sizeof t);
        // Ui = HMAC(password, Ui-1): two single-block compressions from the saved pad states.
        for (int round = 1; round < iterations; ++round) {
            finishWithDigest(inner, u, state);
            finishWithDigest(outer, state.data(), state);
            std::memcpy(u, state.data(), sizeof u);
            for (int i = 0; i < 8; ++i)
                t[i] ^= u[i];
        }
        for (const quint32 word : t) {
            derived += char(word >> 24);
            derived += char(word >> 16);
            derived += char(word >> 8);
            derived += char(word);
        }
    }
    derived.truncate(length);
    return derived;
}

} // namespace carillon
