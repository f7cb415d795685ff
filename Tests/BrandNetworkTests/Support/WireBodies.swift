import Foundation

/// Provider answers in each wire format, built as the reference describes them (§4.1, §5.1, §8.3, §9, §10).
enum WireBodies {
    static func base64(_ bytes: [UInt8]) -> String { Data(bytes).base64EncodedString() }

    static func gemini(parts: [String], finishReason: String? = "STOP", modelVersion: String = "gemini-3.1-flash-image",
                       imageTokens: Int = 1120) -> String {
        let finish = finishReason.map { #","finishReason":"\#($0)""# } ?? ""
        return #"{"candidates":[{"content":{"role":"model","parts":[\#(parts.joined(separator: ","))]}\#(finish),"index":0}],"#
            + #""usageMetadata":{"promptTokenCount":12,"candidatesTokenCount":\#(imageTokens + 20),"thoughtsTokenCount":5,"#
            + #""totalTokenCount":\#(imageTokens + 37),"candidatesTokensDetails":[{"modality":"TEXT","tokenCount":20},"#
            + #"{"modality":"IMAGE","tokenCount":\#(imageTokens)}]},"modelVersion":"\#(modelVersion)"}"#
    }

    static func imagePart(_ bytes: [UInt8], mimeType: String = "image/png", thought: Bool = false) -> String {
        #"{"inlineData":{"mimeType":"\#(mimeType)","data":"\#(base64(bytes))"}\#(thought ? #","thought":true"# : "")}"#
    }

    static func textPart(_ text: String, thought: Bool = false) -> String {
        #"{"text":"\#(text)"\#(thought ? #","thought":true"# : "")}"#
    }

    static func geminiImage(_ bytes: [UInt8] = TinyImages.png(), caption: String = "Here is your image") -> String {
        gemini(parts: [textPart(caption), imagePart(bytes)])
    }

    static let blocked = #"{"promptFeedback":{"blockReason":"PROHIBITED_CONTENT"},"usageMetadata":{"promptTokenCount":9}}"#

    static func googleError(code: Int, status: String, retryDelay: String? = nil, quotaID: String? = nil, reason: String? = nil) -> String {
        var details: [String] = []
        if let reason {
            details.append(#"{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"\#(reason)","domain":"googleapis.com"}"#)
        }
        if let quotaID {
            details.append(#"{"@type":"type.googleapis.com/google.rpc.QuotaFailure","violations":[{"quotaId":"\#(quotaID)"}]}"#)
        }
        if let retryDelay { details.append(#"{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"\#(retryDelay)"}"#) }
        return #"{"error":{"code":\#(code),"message":"fake \#(status)","status":"\#(status)","details":[\#(details.joined(separator: ","))]}}"#
    }

    static func openAIImages(_ bytes: [UInt8]) -> String {
        #"{"created":1,"data":[{"b64_json":"\#(base64(bytes))"}],"usage":{"input_tokens":50,"output_tokens":1056,"#
            + #""total_tokens":1106,"output_tokens_details":{"image_tokens":1056}}}"#
    }

    static func chat(message: String, finishReason: String = "stop") -> String {
        #"{"model":"gemini-3-pro-image","choices":[{"index":0,"message":\#(message),"finish_reason":"\#(finishReason)"}],"#
            + #""usage":{"prompt_tokens":10,"completion_tokens":1130,"total_tokens":1140}}"#
    }

    static func claude(text: String, stopReason: String = "end_turn") -> String {
        #"{"id":"msg_1","type":"message","role":"assistant","model":"claude","content":[{"type":"text","text":"\#(text)"}],"#
            + #""stop_reason":"\#(stopReason)","usage":{"input_tokens":10,"output_tokens":20}}"#
    }
}
