"use client";

import { useRouter } from "next/navigation";
import type { FormEvent, ReactNode } from "react";

interface InPlaceFormProps {
  action: string;
  className?: string;
  "aria-label"?: string;
  children: ReactNode;
}

/** Submits a GET form: with JavaScript as an in-place navigation, without it as a normal request. */
export function InPlaceForm({ action, className, children, ...rest }: InPlaceFormProps) {
  const router = useRouter();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) {
      if (typeof value === "string" && value.trim() !== "") params.append(key, value);
    }
    const search = params.toString();
    router.push(search ? `${action}?${search}` : action);
  }
  return (
    <form method="get" action={action} className={className} onSubmit={submit} aria-label={rest["aria-label"]}>
      {children}
    </form>
  );
}
