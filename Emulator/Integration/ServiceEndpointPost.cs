using System;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Emulator.Integration;

/// <summary>
/// One post a plug-in made through <see cref="IServiceEndpointNotificationService"/>: the endpoint (with its
/// name and contract), the execution context as Dataverse serializes it (a <see cref="RemoteExecutionContext"/>
/// copied when it was posted) and the step that posted it. Nothing leaves the emulator.
/// </summary>
public sealed record ServiceEndpointPost(EntityReference Endpoint, string Contract, RemoteExecutionContext Context, string PostedBy, DateTime PostedOn)
{
    /// <summary>What the endpoint answered (a two-way, REST or webhook endpoint; null when it answers nothing).</summary>
    public string? Response { get; init; }
}
