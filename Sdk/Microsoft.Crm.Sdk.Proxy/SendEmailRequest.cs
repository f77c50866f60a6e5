using System;
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Sends an email activity (or, with IssueSend false, marks it sent without sending it).</summary>
[DataContract(Namespace = "http://schemas.microsoft.com/crm/2011/Contracts")]
public sealed class SendEmailRequest : OrganizationRequest
{
    public SendEmailRequest()
    {
        RequestName = "SendEmail";
        EmailId = Guid.Empty;
        IssueSend = false;
        TrackingToken = null;
    }

    /// <summary>The email (activityid) to send.</summary>
    public Guid EmailId
    {
        get => MessageBag.Get<Guid>(Parameters, nameof(EmailId));
        set => Parameters[nameof(EmailId)] = value;
    }

    /// <summary>True to send it; false only to mark it sent (an email sent outside Dataverse).</summary>
    public bool IssueSend
    {
        get => MessageBag.Get<bool>(Parameters, nameof(IssueSend));
        set => Parameters[nameof(IssueSend)] = value;
    }

    /// <summary>The tracking token added to the subject, or null/empty for none.</summary>
    public string TrackingToken
    {
        get => MessageBag.Get<string>(Parameters, nameof(TrackingToken));
        set => Parameters[nameof(TrackingToken)] = value;
    }
}
