using System.Linq;
using CrmIndependence.Plugins.Tests.SdkConformance.Samples;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Mono.Cecil;

namespace CrmIndependence.Plugins.Tests.SdkConformance
{
    /// <summary>The renderer writes each shape of declaration exactly as the official listing does.</summary>
    [TestClass]
    public sealed class ApiRendererTests
    {
        private const string Samples = "CrmIndependence.Plugins.Tests.SdkConformance.Samples";
        private static readonly ApiSurface Rendered = ApiRenderer.Render(typeof(SampleEntity).Assembly.Location);

        [TestMethod]
        public void A_generic_type_header_shows_arity_type_parameters_and_every_interface()
        {
            Assert.AreEqual(
                $"public abstract class {Samples}.SampleCollection`2<TKey, TValue> : System.Collections.Generic.IEnumerable<System.Collections.Generic.KeyValuePair<TKey, TValue>>, System.Collections.IEnumerable",
                TypeNamed("SampleCollection`2").Header.Line);
        }

        [TestMethod]
        public void A_base_type_is_written_with_its_generic_arguments_and_System_Object_is_left_out()
        {
            Assert.AreEqual($"public sealed class {Samples}.SampleParameters : {Samples}.SampleCollection<string, object>", TypeNamed("SampleParameters").Header.Line);
            Assert.AreEqual($"public class {Samples}.SampleEntity : System.Runtime.Serialization.IExtensibleDataObject", TypeNamed("SampleEntity").Header.Line);
        }

        [TestMethod]
        public void Collection_members_render_indexers_out_params_and_impl_final()
        {
            CollectionAssert.AreEquivalent(
                new[]
                {
                    "protected internal SampleCollection();",
                    "public virtual TValue this[TKey key] { get; set; }",
                    "public int Count { get; }",
                    "public bool TryGetValue(TKey key, out TValue value);",
                    "public void AddRange(params System.Collections.Generic.KeyValuePair<TKey, TValue>[] items);",
                    "public /*impl-final*/ System.Collections.Generic.IEnumerator<System.Collections.Generic.KeyValuePair<TKey, TValue>> GetEnumerator();",
                },
                TypeNamed("SampleCollection`2").Members.ToList());
        }

        [TestMethod]
        public void Class_members_render_as_the_listing_writes_them_and_internal_ones_are_left_out()
        {
            CollectionAssert.AreEquivalent(
                new[]
                {
                    "public const int Limit = 5000;",
                    "public const long Largest = 9223372036854775807;",
                    "public const double Smallest = -100000000000;",
                    "public const string ContractNamespace = \"http://schemas.microsoft.com/xrm/2011/Contracts\";",
                    $"public static readonly {Samples}.SampleEntity Empty;",
                    "public System.Byte[] Data;",
                    "protected System.Collections.Generic.List<string> Names;",
                    "public SampleEntity();",
                    "public SampleEntity(string entityName, System.Guid id);",
                    "public event System.EventHandler<System.EventArgs> Changed;",
                    "public virtual System.Guid Id { get; set; }",
                    "public System.Nullable<System.Guid> ParentId { get; protected set; }",
                    "public string Name { get; }",
                    "public object this[string attributeName] { get; set; }",
                    "public /*impl-final*/ System.Runtime.Serialization.ExtensionDataObject ExtensionData { get; set; }",
                    $"public static bool op_Equality({Samples}.SampleEntity left, {Samples}.SampleEntity right);",
                    $"public static bool op_Inequality({Samples}.SampleEntity left, {Samples}.SampleEntity right);",
                    "public static string Describe(string name = null, int count = 3);",
                    $"public T ToEntity<T>(); // constraints: T:{Samples}.SampleEntity",
                    "public T GetExtension<T>(); // constraints: T:class,",
                    "public virtual T GetAttributeValue<T>(string attributeLogicalName);",
                    "public void Trace(string format, params object[] args);",
                    "public int[][] Jagged();",
                    "public int[,] Grid();",
                    "public override bool Equals(object obj);",
                    "public override int GetHashCode();",
                    "protected virtual void SetAttributeValue(string attributeLogicalName, object value);",
                    $"protected internal virtual System.Guid CreateCore({Samples}.SampleEntity entity);",
                },
                TypeNamed("SampleEntity").Members.ToList());
        }

        [TestMethod]
        public void Overrides_sealed_overrides_and_abstract_members_are_marked()
        {
            CollectionAssert.AreEquivalent(
                new[]
                {
                    "public SampleSealedEntity();",
                    "public override System.Guid Id { get; set; }",
                    "protected sealed override void SetAttributeValue(string attributeLogicalName, object value);",
                },
                TypeNamed("SampleSealedEntity").Members.ToList());
            CollectionAssert.AreEquivalent(
                new[]
                {
                    "protected SampleDependencyBase();",
                    "public abstract System.Type ParameterType { get; }",
                    "protected abstract bool ValueExistsInList(string value);",
                },
                TypeNamed("SampleDependencyBase").Members.ToList());
        }

        [TestMethod]
        public void Static_classes_enums_interfaces_and_structs_have_their_own_headers()
        {
            Assert.AreEqual($"public static class {Samples}.SampleMask", TypeNamed("SampleMask").Header.Line);
            CollectionAssert.Contains(
                TypeNamed("SampleMask").Members.ToList(),
                $"public static T InputParameterOrDefault<T>(this {Samples}.SampleEntity entity, string parameterName);");
            Assert.AreEqual($"public enum {Samples}.SampleDirection : int", TypeNamed("SampleDirection").Header.Line);
            Assert.AreEqual($"public interface {Samples}.ISampleContext : {Samples}.ISampleBaseContext", TypeNamed("ISampleContext").Header.Line);
            Assert.AreEqual($"public struct {Samples}.SampleSpan", TypeNamed("SampleSpan").Header.Line);
            Assert.AreEqual($"public sealed class {Samples}.SampleOuter+Nested", TypeNamed("SampleOuter+Nested").Header.Line);
        }

        [TestMethod]
        public void Enum_members_carry_their_values_and_interface_members_no_modifiers()
        {
            CollectionAssert.AreEqual(new[] { "Input = 0,", "Output = 1,", "Both = -1," }, TypeNamed("SampleDirection").Members.ToList());
            CollectionAssert.AreEquivalent(
                new[] { "string StageName { get; }", $"{Samples}.ISampleContext ParentContext {{ get; }}", "void Trace(string format, params object[] args);" },
                TypeNamed("ISampleContext").Members.ToList());
            CollectionAssert.AreEquivalent(
                new[] { $"public static readonly {Samples}.SampleSpan Zero;", "public SampleSpan(int days);", "public int Days { get; set; }" },
                TypeNamed("SampleSpan").Members.ToList());
        }

        [TestMethod]
        public void An_init_only_setter_is_not_a_setter()
        {
            CollectionAssert.Contains(TypeNamed("SampleInitOnly").Members.ToList(), "public string Name { get; init; }");
        }

        [TestMethod]
        public void Internal_types_are_not_rendered()
        {
            Assert.IsFalse(Rendered.Types.ContainsKey($"{Samples}.SampleHidden"));
        }

        [TestMethod]
        public void The_rendered_identity_and_public_key_are_the_assembly_name_and_key()
        {
            using var assembly = AssemblyDefinition.ReadAssembly(typeof(SampleEntity).Assembly.Location, new ReaderParameters { InMemory = true });
            Assert.AreEqual(assembly.Name.FullName, Rendered.Identity);
            Assert.AreEqual(System.Convert.ToHexString(assembly.Name.PublicKey).ToLowerInvariant(), Rendered.PublicKeyHex);
        }

        private static ApiType TypeNamed(string name) => Rendered.Types[$"{Samples}.{name}"];
    }
}
