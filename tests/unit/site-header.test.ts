import { DynamicServerError } from "next/dist/client/components/hooks-server-context";
import { afterEach, describe, expect, it, vi } from "vitest";

const currentUser = vi.hoisted(() => vi.fn());
vi.mock("@/lib/server/session", () => ({ currentUser }));
const { SiteHeader } = await import("@/components/layout/site-header");

describe("the site header", () => {
  afterEach(() => vi.restoreAllMocks());

  it("hands Next's own signal back, so that a page reading the session is rendered per request, not logged as a failure", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    currentUser.mockRejectedValue(new DynamicServerError("Route / couldn't be rendered statically because it used `headers`."));
    await expect(SiteHeader()).rejects.toBeInstanceOf(DynamicServerError);
    expect(logged).not.toHaveBeenCalled();
  });

  it("still shows itself, without a user, when the database cannot be reached", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    currentUser.mockRejectedValue(new Error("connect ECONNREFUSED 127.0.0.1:5432"));
    await expect(SiteHeader()).resolves.toBeTruthy();
    expect(logged).toHaveBeenCalledOnce();
  });
});
