using System;
using System.Security.Cryptography;
using System.Text;

namespace CrmIndependence.Plugins.Registration
{
    /// <summary>
    /// Name-based UUIDs (RFC 4122 version 5, SHA-1) so that an assembly, plugin type, step or image keeps
    /// its id across builds and releases: a step imported with a new id would register as a duplicate.
    /// </summary>
    public static class DeterministicId
    {
        /// <summary>The namespace of every CrmIndependence id. Never change it: every shipped id derives from it.</summary>
        public static readonly Guid Namespace = new Guid("5d3f6a0e-8c1b-4f7e-9a53-2b6c1e4d7f90");

        public static Guid For(string name) => Create(Namespace, name);

        public static Guid Create(Guid namespaceId, string name)
        {
            var namespaceBytes = ToNetworkOrder(namespaceId.ToByteArray());
            var nameBytes = Encoding.UTF8.GetBytes(name);
            byte[] hash;
            using (var sha1 = SHA1.Create())
            {
                var input = new byte[namespaceBytes.Length + nameBytes.Length];
                Buffer.BlockCopy(namespaceBytes, 0, input, 0, namespaceBytes.Length);
                Buffer.BlockCopy(nameBytes, 0, input, namespaceBytes.Length, nameBytes.Length);
                hash = sha1.ComputeHash(input);
            }

            var uuid = new byte[16];
            Array.Copy(hash, uuid, 16);
            uuid[6] = (byte)((uuid[6] & 0x0F) | 0x50);
            uuid[8] = (byte)((uuid[8] & 0x3F) | 0x80);
            return new Guid(ToNetworkOrder(uuid));
        }

        // Guid.ToByteArray is little-endian in its first three fields; RFC 4122 hashes network order.
        private static byte[] ToNetworkOrder(byte[] bytes)
        {
            var result = (byte[])bytes.Clone();
            Array.Reverse(result, 0, 4);
            Array.Reverse(result, 4, 2);
            Array.Reverse(result, 6, 2);
            return result;
        }
    }
}
