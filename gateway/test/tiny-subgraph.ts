import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { parse } from 'graphql';

/** One GraphQL request as a subgraph received it. */
export interface ReceivedRequest {
  headers: http.IncomingHttpHeaders;
  query: string;
}

/** A small real Federation 2 subgraph for gateway tests: records every request it receives. */
export interface TinySubgraph {
  name: string;
  sdl: string;
  url: string;
  received: ReceivedRequest[];
  stop(): Promise<void>;
}

/** Starts a subgraph (Apollo Server 5 + buildSubgraphSchema on Express 5) on a free port of 127.0.0.1. */
export async function startTinySubgraph(
  name: string,
  sdl: string,
  resolvers: GraphQLResolverMap<unknown>,
): Promise<TinySubgraph> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer({
    schema: buildSubgraphSchema({ typeDefs: parse(sdl), resolvers }),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();
  const received: ReceivedRequest[] = [];
  app.get('/readyz', (_req, res) => {
    res.json({ status: 'ready', service: name });
  });
  app.use(
    '/graphql',
    express.json(),
    (req, _res, next) => {
      received.push({ headers: req.headers, query: String((req.body as { query?: string }).query) });
      next();
    },
    expressMiddleware(apollo),
  );
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const port = (httpServer.address() as AddressInfo).port;
  return { name, sdl, url: `http://127.0.0.1:${port}/graphql`, received, stop: () => apollo.stop() };
}
