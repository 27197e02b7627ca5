import { describe, expect, it } from "vitest";
import { canonicalAddress, clientAddressOf } from "@/lib/server/client-address";

describe("the client's address", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For the client sends", () => {
    expect(clientAddressOf("192.0.2.7", undefined, false)).toBe("192.0.2.7");
    expect(clientAddressOf("192.0.2.7", "203.0.113.9, 198.51.100.4", false)).toBe("192.0.2.7");
  });

  it("is the last X-Forwarded-For entry, the one our proxy appended, when the proxy is trusted", () => {
    expect(clientAddressOf("10.0.0.2", "203.0.113.9, 198.51.100.4", true)).toBe("198.51.100.4");
  });

  it("is the socket's peer when a request reached the app past the trusted proxy, without its header", () => {
    expect(clientAddressOf("192.0.2.7", undefined, true)).toBe("192.0.2.7");
  });

  it("is none when the proxy's entry is no address", () => {
    expect(clientAddressOf("10.0.0.2", "'; DROP TABLE", true)).toBeNull();
    expect(clientAddressOf(undefined, undefined, false)).toBeNull();
  });

  it("is written one way for one client: an IPv4 client on a dual-stack socket is its IPv4 address", () => {
    expect(canonicalAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(canonicalAddress(" 2001:DB8::1 ")).toBe("2001:db8::1");
    expect(canonicalAddress("unknown")).toBeNull();
  });
});
