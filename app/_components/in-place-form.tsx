"use client";

import { useRouter } from "next/navigation";
import type { FormEvent, ReactNode } from "react";
import { formHref } from "@/lib/view/form-href";

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
    router.push(formHref(event.currentTarget));
  }
  return (
    <form method="get" action={action} className={className} onSubmit={submit} aria-label={rest["aria-label"]}>
      {children}
    </form>
  );
}
