import type { OverviewView } from "@/lib/view/overview-view";

interface NewsAsideProps {
  view: OverviewView;
}

/** The latest news beside the table (issue "News"): placeholder until the news land. */
export async function NewsAside(_props: NewsAsideProps) {
  return null;
}
