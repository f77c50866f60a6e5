using Mono.Cecil;

namespace CrmIndependence.Plugins.Tests.SdkConformance
{
    /// <summary>What another assembly can see and call: public, protected and protected internal.</summary>
    public static class Visibility
    {
        public static bool IsVisible(TypeDefinition type) => type.IsNested
            ? (type.IsNestedPublic || type.IsNestedFamily || type.IsNestedFamilyOrAssembly) && IsVisible(type.DeclaringType)
            : type.IsPublic;

        /// <summary>A referenced type is visible unless it is a non-visible type of the same assembly.</summary>
        public static bool IsVisibleReference(TypeReference type) =>
            type.GetElementType() is not TypeDefinition local || IsVisible(local);

        public static bool IsVisible(MethodDefinition? method) =>
            method is not null && (method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly);

        public static bool IsVisible(FieldDefinition field) => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly;

        public static string AccessOf(TypeDefinition type) =>
            !type.IsNested || type.IsNestedPublic ? "public"
            : type.IsNestedFamily ? "protected"
            : "protected internal";

        public static string AccessOf(MethodDefinition method) =>
            method.IsPublic ? "public" : method.IsFamily ? "protected" : "protected internal";

        public static string AccessOf(FieldDefinition field) =>
            field.IsPublic ? "public" : field.IsFamily ? "protected" : "protected internal";

        /// <summary>Orders accessibilities so a property takes the modifiers of its most visible accessor.</summary>
        public static int Rank(MethodDefinition method) =>
            method.IsPublic ? 3 : method.IsFamilyOrAssembly ? 2 : method.IsFamily ? 1 : 0;
    }
}
