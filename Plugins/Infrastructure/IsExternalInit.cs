#if NETFRAMEWORK
namespace System.Runtime.CompilerServices
{
    /// <summary>Lets net462 compile C# records and init-only setters; the compiler only needs the type to exist.</summary>
    internal static class IsExternalInit
    {
    }
}
#endif
