using System;
using System.Collections.Generic;

namespace CrmIndependence.Emulator.Integration;

/// <summary>
/// What plug-ins posted to service endpoints (Azure Service Bus, Event Hubs, webhooks) and what each
/// endpoint answers. Arrange an endpoint as a <c>serviceendpoint</c> row; posting to one that does not
/// exist fails as it does in Dataverse. Posts are not undone by a rollback: a message sent is sent.
/// </summary>
public sealed class ServiceEndpoints
{
    private readonly List<ServiceEndpointPost> posts = new();
    private readonly Dictionary<Guid, Func<ServiceEndpointPost, string?>> answers = new();

    internal ServiceEndpoints()
    {
    }

    /// <summary>Every post, in the order the plug-ins made them.</summary>
    public IReadOnlyList<ServiceEndpointPost> Posts => posts;

    /// <summary>Makes the endpoint answer every post with <paramref name="response"/> (a two-way, REST or webhook endpoint).</summary>
    public void Answer(Guid endpointId, string response) => answers[endpointId] = _ => response;

    /// <summary>Makes the endpoint answer each post with what <paramref name="respond"/> returns for it.</summary>
    public void Answer(Guid endpointId, Func<ServiceEndpointPost, string?> respond) => answers[endpointId] = respond;

    internal ServiceEndpointPost Record(ServiceEndpointPost post)
    {
        var answered = answers.TryGetValue(post.Endpoint.Id, out var respond) ? post with { Response = respond(post) } : post;
        posts.Add(answered);
        return answered;
    }
}
