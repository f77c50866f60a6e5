using System;
using System.IO;
using System.Linq;

namespace CrmIndependence.Plugins.Tests.SdkConformance
{
    /// <summary>
    /// The public key of a strong-name key file (<c>.snk</c>), as the compiler writes it into the assembly:
    /// a 12-byte header (signature algorithm CALG_RSA_SIGN, hash algorithm CALG_SHA1, blob length) followed
    /// by a CAPI PUBLICKEYBLOB. A key pair file is a PRIVATEKEYBLOB whose first part is that same public key.
    /// </summary>
    public static class StrongNameKey
    {
        private const byte PublicKeyBlob = 0x06;
        private const byte PrivateKeyBlob = 0x07;
        private const int BlobHeaderSize = 8;
        private const int RsaPubKeySize = 12;
        private const int PublicKeyHeaderSize = 12;
        private const uint CalgRsaSign = 0x00002400;
        private const uint CalgSha1 = 0x00008004;

        public static byte[] PublicKeyOfFile(string snkPath) => PublicKeyOf(File.ReadAllBytes(snkPath));

        public static byte[] PublicKeyOf(byte[] keyFile)
        {
            if (keyFile.Length > PublicKeyHeaderSize && keyFile[PublicKeyHeaderSize] == PublicKeyBlob)
            {
                return keyFile; // Already a public key (as for PublicSign).
            }

            if (keyFile.Length < BlobHeaderSize + RsaPubKeySize || keyFile[0] != PrivateKeyBlob)
            {
                throw new FormatException("Not a strong-name key file (neither a public key nor a PRIVATEKEYBLOB).");
            }

            var bitLength = BitConverter.ToInt32(keyFile, BlobHeaderSize + 4);
            var publicPartLength = RsaPubKeySize + (bitLength / 8);
            var rsaPublicKey = keyFile.Skip(BlobHeaderSize).Take(publicPartLength).ToArray();
            rsaPublicKey[3] = (byte)'1'; // magic RSA2 (private) becomes RSA1 (public)

            var blobHeader = new byte[] { PublicKeyBlob, 0x02, 0x00, 0x00 }.Concat(BitConverter.GetBytes(CalgRsaSign));
            var blob = blobHeader.Concat(rsaPublicKey).ToArray();
            return BitConverter.GetBytes(CalgRsaSign)
                .Concat(BitConverter.GetBytes(CalgSha1))
                .Concat(BitConverter.GetBytes(blob.Length))
                .Concat(blob)
                .ToArray();
        }
    }
}
