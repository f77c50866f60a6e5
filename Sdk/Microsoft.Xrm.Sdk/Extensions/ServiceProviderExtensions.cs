using System;

namespace Microsoft.Xrm.Sdk.Extensions;

/// <summary>Typed access to the services the platform passes to <see cref="IPlugin.Execute"/>.</summary>
public static class ServiceProviderExtensions
{
    /// <summary>The service of type <typeparamref name="T"/> (null when the provider has none).</summary>
    public static T Get<T>(this IServiceProvider serviceProvider) => (T)serviceProvider.GetService(typeof(T));

    /// <summary>An organization service running as the user <paramref name="id"/>.</summary>
    public static IOrganizationService GetOrganizationService(this IServiceProvider serviceProvider, Guid id) =>
        serviceProvider.Get<IOrganizationServiceFactory>().CreateOrganizationService(id);
}
