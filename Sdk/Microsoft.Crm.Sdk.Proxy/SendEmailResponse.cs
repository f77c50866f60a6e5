using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>The response to <see cref="SendEmailRequest"/>: the subject as sent.</summary>
[DataContract(Namespace = "http://schemas.microsoft.com/crm/2011/Contracts")]
public sealed class SendEmailResponse : OrganizationResponse
{
    public SendEmailResponse()
    {
        ResponseName = "SendEmail";
    }

    public string Subject => MessageBag.Get<string>(Results, nameof(Subject));
}
