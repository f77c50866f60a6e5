using System;
using System.Runtime.Serialization;
using System.Security;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// The exception a plug-in throws to stop an operation with a message for the user. Defaults as in the
/// official SDK: <see cref="Status"/> Failed, <see cref="HttpStatus"/> NotSet, and <see cref="ErrorCode"/>
/// is the exception's HResult (replaced by a non-zero error code passed to a constructor).
/// </summary>
[Serializable]
public sealed class InvalidPluginExecutionException : Exception, ISerializable
{
    private readonly OperationStatus _status;
    private readonly PluginHttpStatusCode _httpStatus;

    public InvalidPluginExecutionException()
    {
        _status = OperationStatus.Failed;
        _httpStatus = PluginHttpStatusCode.NotSet;
    }

    public InvalidPluginExecutionException(OperationStatus status)
        : this(status, string.Empty)
    {
    }

    public InvalidPluginExecutionException(string message)
        : base(message)
    {
        _status = OperationStatus.Failed;
        _httpStatus = PluginHttpStatusCode.NotSet;
    }

    public InvalidPluginExecutionException(OperationStatus status, string message)
        : this(status, 0, message)
    {
    }

    /// <summary>Wraps <paramref name="exception"/>; keeps its HTTP status when it is itself an InvalidPluginExecutionException.</summary>
    public InvalidPluginExecutionException(string message, Exception exception)
        : base(message, exception)
    {
        _status = OperationStatus.Failed;
        _httpStatus = exception is InvalidPluginExecutionException inner ? inner.HttpStatus : PluginHttpStatusCode.NotSet;
    }

    public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message)
        : this(message)
    {
        _status = status;
        if (errorCode != 0)
        {
            HResult = errorCode;
        }
    }

    public InvalidPluginExecutionException(string message, PluginHttpStatusCode httpStatus)
        : this(OperationStatus.Failed, 0, message, httpStatus)
    {
    }

    public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message, PluginHttpStatusCode httpStatus)
        : this(status, errorCode, message)
    {
        _httpStatus = httpStatus;
    }

#if NETFRAMEWORK
    private InvalidPluginExecutionException(SerializationInfo info, StreamingContext context)
        : base(info, context)
    {
        _status = (OperationStatus)info.GetValue(nameof(Status), typeof(OperationStatus));
        _httpStatus = (PluginHttpStatusCode)info.GetValue(nameof(HttpStatus), typeof(PluginHttpStatusCode));
    }
#endif

    public OperationStatus Status => _status;

    public int ErrorCode => HResult;

    public PluginHttpStatusCode HttpStatus => _httpStatus;

#if !NETFRAMEWORK
#pragma warning disable CS0672, SYSLIB0051 // Formatter-based serialization is obsolete on modern .NET; the official API declares this override.
#endif
    [SecurityCritical]
    public override void GetObjectData(SerializationInfo info, StreamingContext context)
    {
        if (info == null)
        {
            throw new ArgumentNullException(nameof(info));
        }

        info.AddValue(nameof(Status), _status, typeof(OperationStatus));
        info.AddValue(nameof(HttpStatus), _httpStatus, typeof(PluginHttpStatusCode));
        base.GetObjectData(info, context);
    }
#if !NETFRAMEWORK
#pragma warning restore CS0672, SYSLIB0051
#endif
}
