namespace Microsoft.Xrm.Sdk;

/// <summary>
/// Posts the execution context to a registered service endpoint (Azure Service Bus, Event Hub, webhook);
/// returns what a two-way or REST endpoint answered.
/// </summary>
public interface IServiceEndpointNotificationService
{
    string Execute(EntityReference serviceEndpoint, IExecutionContext context);
}
