using System;
using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Mono.Cecil;

namespace CrmIndependence.Plugins.Tests.SdkConformance
{
    /// <summary>
    /// What Dataverse requires of an assembly it runs: strong-named with our own key (really signed, not
    /// public-signed), compiled against the official SDK identity, self-contained (nothing but the .NET
    /// Framework and the SDK), and shipped without copies of the SDK's reference assemblies.
    /// </summary>
    [TestClass]
    public sealed class ShippedAssemblySigningTests
    {
        private const string Plugins = "CrmIndependence.Plugins";
        private const string Workflows = "CrmIndependence.Workflows";

        [TestMethod]
        public void The_project_key_file_yields_the_public_key_the_compiler_writes()
        {
            // The test assembly is signed with the same CrmIndependence.snk.
            var testAssemblyKey = typeof(ShippedAssemblySigningTests).Assembly.GetName().GetPublicKey();

            CollectionAssert.AreEqual(testAssemblyKey, StrongNameKey.PublicKeyOfFile(RepositoryLayout.Current.ProjectKeyFile));
        }

        [TestMethod]
        public void The_signature_check_accepts_a_signed_image_and_rejects_a_modified_or_public_signed_one()
        {
            var layout = RepositoryLayout.Current;
            var testAssembly = typeof(ShippedAssemblySigningTests).Assembly.Location;
            var projectKey = StrongNameKey.PublicKeyOfFile(layout.ProjectKeyFile);
            var tampered = File.ReadAllBytes(testAssembly);
            tampered[tampered.Length / 2] ^= 0xff;

            Assert.IsTrue(StrongNameSignature.Verifies(testAssembly, projectKey), "the signed test assembly verifies");
            Assert.IsFalse(StrongNameSignature.Verifies(tampered, projectKey), "a modified image does not verify");
            var xrmSdk = typeof(Microsoft.Xrm.Sdk.ParameterCollection).Assembly;
            Assert.IsFalse(
                StrongNameSignature.Verifies(xrmSdk.Location, xrmSdk.GetName().GetPublicKey()!),
                "the public-signed Microsoft.Xrm.Sdk reference assembly carries no valid signature");
        }

        [TestMethod]
        [DataRow(Plugins)]
        [DataRow(Workflows)]
        public void The_shipped_assembly_is_strong_name_signed_with_the_project_key(string name)
        {
            var shipped = ShippedAssembly.Named(name);
            using var assembly = BuiltAssemblies.Read(shipped.Path);
            var projectKey = StrongNameKey.PublicKeyOfFile(RepositoryLayout.Current.ProjectKeyFile);

            Assert.IsTrue(assembly.Name.HasPublicKey, $"{name} has no public key: it is not strong-named");
            CollectionAssert.AreEqual(projectKey, assembly.Name.PublicKey, $"{name} is not signed with CrmIndependence.snk");
            Assert.AreNotEqual(SdkAssemblies.MicrosoftPublicKeyToken, Convert.ToHexString(assembly.Name.PublicKeyToken).ToLowerInvariant());
            Assert.IsTrue(assembly.MainModule.Attributes.HasFlag(ModuleAttributes.StrongNameSigned), $"{name}: the CLI header does not say strong-name signed");
            Assert.IsTrue(StrongNameSignature.Verifies(shipped.Path, projectKey), $"{name}: the strong-name signature does not verify (public-signed or delay-signed?)");
        }

        [TestMethod]
        [DataRow(Plugins)]
        [DataRow(Workflows)]
        public void The_shipped_assembly_references_the_official_Microsoft_Xrm_Sdk_identity(string name)
        {
            using var assembly = BuiltAssemblies.Read(ShippedAssembly.Named(name).Path);
            var references = assembly.MainModule.AssemblyReferences.Select(reference => reference.FullName).ToList();

            CollectionAssert.Contains(
                references,
                ShippedAssembly.OfficialXrmSdkReference,
                $"{name} references: {string.Join("; ", references)}");
        }

        [TestMethod]
        [DataRow(Plugins)]
        [DataRow(Workflows)]
        public void The_shipped_assembly_references_only_the_framework_and_the_Sdk(string name)
        {
            var shipped = ShippedAssembly.Named(name);
            using var assembly = BuiltAssemblies.Read(shipped.Path);

            var unexpected = assembly.MainModule.AssemblyReferences
                .Select(reference => reference.FullName)
                .Where(reference => !shipped.AllowedReferences.Contains(reference))
                .ToList();

            Assert.AreEqual(
                0,
                unexpected.Count,
                $"{name} must be self-contained in the sandbox; it references: {string.Join("; ", unexpected)}. Allowed: {string.Join("; ", shipped.AllowedReferences)}");
        }

        [TestMethod]
        [DataRow(Plugins)]
        [DataRow(Workflows)]
        public void No_Sdk_assembly_is_copied_next_to_the_shipped_assembly(string name)
        {
            var output = Path.GetDirectoryName(BuiltAssemblies.Require(ShippedAssembly.Named(name).Path))!;

            var copies = Directory.GetFiles(output, "Microsoft.Xrm.Sdk*.dll")
                .Concat(Directory.GetFiles(output, "Microsoft.Crm.Sdk.Proxy.dll"))
                .Select(Path.GetFileName)
                .ToList();

            Assert.AreEqual(0, copies.Count, $"{RepositoryLayout.Current.Relative(output)} holds {string.Join(", ", copies)}: reference the SDK with Private=\"false\", never ship it");
        }
    }
}
