using System;
using System.Collections.Generic;
using System.Reflection;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Pipeline;

/// <summary>
/// Creates plug-in instances as Dataverse does — the (unsecure, secure) constructor if the type has one,
/// else (unsecure), else the parameterless one — and caches one instance per step, reused by every
/// execution (so a plug-in that keeps state between executions shows it in tests, as it would in production).
/// </summary>
internal sealed class PluginInstances
{
    private readonly Dictionary<Guid, IPlugin> byRegistration = new();

    public IPlugin For(Guid registrationId, Type pluginType, string? unsecureConfiguration, string? secureConfiguration = null)
    {
        if (!byRegistration.TryGetValue(registrationId, out var plugin))
        {
            plugin = Create(pluginType, unsecureConfiguration, secureConfiguration);
            byRegistration.Add(registrationId, plugin);
        }

        return plugin;
    }

    /// <summary>Uses <paramref name="plugin"/> for every execution of the step (a registration with an instance or a delegate).</summary>
    public void Use(Guid registrationId, IPlugin plugin) => byRegistration[registrationId] = plugin;

    public static IPlugin Create(Type pluginType, string? unsecureConfiguration, string? secureConfiguration = null)
    {
        if (!typeof(IPlugin).IsAssignableFrom(pluginType))
        {
            throw new InvalidOperationException($"{pluginType.FullName} does not implement IPlugin.");
        }

        object?[] arguments;
        var constructor = pluginType.GetConstructor(new[] { typeof(string), typeof(string) });
        if (constructor != null)
        {
            arguments = new object?[] { unsecureConfiguration, secureConfiguration };
        }
        else if ((constructor = pluginType.GetConstructor(new[] { typeof(string) })) != null)
        {
            arguments = new object?[] { unsecureConfiguration };
        }
        else
        {
            constructor = pluginType.GetConstructor(Type.EmptyTypes)
                ?? throw new InvalidOperationException($"{pluginType.FullName} has no public constructor Dataverse can call: (string unsecure, string secure), (string unsecure) or ().");
            arguments = Array.Empty<object?>();
        }

        try
        {
            return (IPlugin)constructor.Invoke(arguments);
        }
        catch (TargetInvocationException exception) when (exception.InnerException != null)
        {
            throw Faults.Create(Faults.PluginExecution, $"Unable to create plug-in instance of {pluginType.FullName}: {exception.InnerException.GetType().FullName}: {exception.InnerException.Message}");
        }
    }
}
