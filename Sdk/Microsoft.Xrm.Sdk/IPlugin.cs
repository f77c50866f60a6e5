using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>The contract every plug-in class implements; the platform calls <see cref="Execute"/> for each registered step.</summary>
public interface IPlugin
{
    void Execute(IServiceProvider serviceProvider);
}
