using System;
using System.IO;
using System.Linq;
using System.Numerics;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;

namespace CrmIndependence.Plugins.Tests.SdkConformance
{
    /// <summary>
    /// Checks an assembly's strong-name signature against its public key. The CLI header flag
    /// <c>StrongNameSigned</c> is not enough: a public-signed (or delay-signed) assembly sets it too and
    /// carries a zero signature, and .NET Framework refuses to load such an assembly.
    /// </summary>
    /// <remarks>
    /// The signed content is the image without the checksum, the certificate table entry and the signature
    /// itself: the headers up to the end of the section table, then each section's raw data. The signature
    /// is an RSA PKCS#1 v1.5 signature of its hash, stored little-endian.
    /// </remarks>
    public static class StrongNameSignature
    {
        private const int PublicKeyHeaderSize = 12;
        private const int BlobHeaderSize = 8;
        private const uint CalgSha1 = 0x00008004;
        private const uint CalgSha256 = 0x0000800c;
        private const int ChecksumOffset = 64;
        private const int CertificateTableIndex = 4;

        private static readonly byte[] Sha1DigestInfo = Convert.FromHexString("3021300906052b0e03021a05000414");
        private static readonly byte[] Sha256DigestInfo = Convert.FromHexString("3031300d060960864801650304020105000420");

        public static bool Verifies(string assemblyPath, byte[] publicKey) => Verifies(File.ReadAllBytes(assemblyPath), publicKey);

        public static bool Verifies(byte[] image, byte[] publicKey)
        {
            using var reader = new PEReader(new MemoryStream(image, writable: false));
            var headers = reader.PEHeaders;
            var directory = headers.CorHeader?.StrongNameSignatureDirectory ?? default;
            if (directory.Size == 0 || !headers.TryGetDirectoryOffset(directory, out var signatureOffset))
            {
                return false;
            }

            var hashAlgorithm = BitConverter.ToUInt32(publicKey, 4);
            if (hashAlgorithm != CalgSha1 && hashAlgorithm != CalgSha256)
            {
                return false;
            }

            var hash = HashSignedContent(image, headers, signatureOffset, directory.Size, hashAlgorithm);
            var signature = image.AsSpan(signatureOffset, directory.Size).ToArray();
            return RsaPkcs1Verifies(hash, hashAlgorithm, signature, publicKey);
        }

        private static byte[] HashSignedContent(byte[] image, PEHeaders headers, int signatureOffset, int signatureSize, uint hashAlgorithm)
        {
            var content = (byte[])image.Clone();
            var optionalHeader = headers.PEHeaderStartOffset;
            var dataDirectories = optionalHeader + (headers.PEHeader!.Magic == PEMagic.PE32Plus ? 112 : 96);
            Array.Clear(content, optionalHeader + ChecksumOffset, 4);
            Array.Clear(content, dataDirectories + (CertificateTableIndex * 8), 8);

            using var hash = IncrementalHash.CreateHash(hashAlgorithm == CalgSha256 ? HashAlgorithmName.SHA256 : HashAlgorithmName.SHA1);
            var headersEnd = optionalHeader + headers.CoffHeader.SizeOfOptionalHeader + (headers.SectionHeaders.Length * 40);
            hash.AppendData(content, 0, headersEnd);
            foreach (var section in headers.SectionHeaders)
            {
                var start = section.PointerToRawData;
                var end = start + section.SizeOfRawData;
                var signatureEnd = signatureOffset + signatureSize;
                if (signatureOffset >= start && signatureEnd <= end)
                {
                    hash.AppendData(content, start, signatureOffset - start);
                    hash.AppendData(content, signatureEnd, end - signatureEnd);
                }
                else
                {
                    hash.AppendData(content, start, end - start);
                }
            }

            return hash.GetHashAndReset();
        }

        private static bool RsaPkcs1Verifies(byte[] hash, uint hashAlgorithm, byte[] signatureLittleEndian, byte[] publicKey)
        {
            var rsaPubKey = PublicKeyHeaderSize + BlobHeaderSize;
            var bitLength = BitConverter.ToInt32(publicKey, rsaPubKey + 4);
            var exponent = BitConverter.ToUInt32(publicKey, rsaPubKey + 8);
            var modulusLength = bitLength / 8;
            var modulus = new BigInteger(publicKey.AsSpan(rsaPubKey + 12, modulusLength), isUnsigned: true, isBigEndian: false);
            var signature = new BigInteger(signatureLittleEndian, isUnsigned: true, isBigEndian: false);
            if (signature.IsZero || signature >= modulus)
            {
                return false;
            }

            var message = BigInteger.ModPow(signature, exponent, modulus).ToByteArray(isUnsigned: true, isBigEndian: true);
            var encoded = new byte[modulusLength];
            message.CopyTo(encoded, modulusLength - message.Length);

            var digestInfo = (hashAlgorithm == CalgSha256 ? Sha256DigestInfo : Sha1DigestInfo).Concat(hash).ToArray();
            var paddingLength = modulusLength - 3 - digestInfo.Length;
            var expected = new byte[] { 0x00, 0x01 }
                .Concat(Enumerable.Repeat((byte)0xff, paddingLength))
                .Concat(new byte[] { 0x00 })
                .Concat(digestInfo)
                .ToArray();
            return encoded.AsSpan().SequenceEqual(expected);
        }
    }
}
