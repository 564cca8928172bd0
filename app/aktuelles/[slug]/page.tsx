import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NewsArticle } from "@/app/aktuelles/_components/news-article";
import { NewsProblems } from "@/app/_components/news-problems";
import { NEWS_FOLDER } from "@/lib/news/schema";
import { namedServices } from "@/lib/news/services";
import { getNews } from "@/lib/news/store";
import { newsToday } from "@/lib/news/timeline";

interface PageProps {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { slug } = await params;
  const { items } = await getNews();
  return { title: items.find((i) => i.slug === slug)?.title ?? "Beitrag nicht gefunden" };
}

/** One news item; a file that exists but is broken shows its problems, an unknown slug is a 404. */
export default async function NewsItemPage({ params }: PageProps) {
  const { slug } = await params;
  const { items, problems } = await getNews();
  const item = items.find((i) => i.slug === slug);
  if (!item) {
    const own = problems.filter((p) => p.file === `${NEWS_FOLDER}/${slug}.md`);
    if (own.length === 0) notFound();
    return (
      <div>
        <h1 className="kern-heading-large">Beitrag mit Fehlern</h1>
        <NewsProblems problems={own} level={2} />
      </div>
    );
  }
  const { services, stand } = await namedServices(item.ozgIds);
  return <NewsArticle item={item} today={newsToday()} services={services} stand={stand} />;
}
