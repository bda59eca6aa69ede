import type { APIRoute, GetStaticPaths } from 'astro';
import { feedPaths, reportsFeed } from '../../lib/feed.ts';

export const getStaticPaths = (() => feedPaths(1)) satisfies GetStaticPaths;
export const GET: APIRoute = ({ props }) => reportsFeed(props.lang);
